import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The pages a content tree should produce, worked out WITHOUT the site's code: every `page.tsx` of the app/ tree,
 * its dynamic segments filled from the content folder's file names. Tests compare the registry, the sitemap and
 * the built site with this list, so a page the registry forgets (or invents) fails them.
 */

const appDir = path.resolve("app");

/** Every page file of app/ (`page.tsx`, or `page.rome.tsx` for a page of the referential), from the project root. */
export function appPageFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (name.startsWith("_")) continue; // private folders (app/_lib) are not routes
        walk(abs, [...segments, name]);
      } else if (name === "page.tsx" || name === "page.rome.tsx") files.push(["app", ...segments, name].join("/"));
    }
  };
  walk(appDir, []);
  return files;
}

const subfolders = (dir: string) =>
  readdirSync(dir)
    .filter((f) => statSync(path.join(dir, f)).isDirectory())
    .sort();
const markdownNames = (dir: string) => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.slice(0, -3))
      .sort();
  } catch {
    return []; // an occupation without a salaires/ folder has no country pages
  }
};

/** Route segments filled from the national referential: their pages are listed by tests/support/rome.ts. */
const referentialSegments = new Set(["fiche", "grand", "domaine", "interet", "lettre"]);
/** The referential's static pages (its ways in), present only when the site has it. */
const referentialFolders = new Set(["domaines", "interets", "metiers-a-z", "comparer", "mes-metiers"]);

/**
 * Every page path of the site built from `contentRoot`, from the app/ tree and the content's file names: the guide's
 * pages and its in-depth occupations, and the referential's index pages when `withReferential` (its 1,800 other
 * pages are listed from its CSV files by tests/support/rome.ts).
 */
export function expectedPagePaths(contentRoot: string, withReferential = false): string[] {
  const paths: string[] = [];
  const expand = (segments: string[], values: Record<string, string>, done: string[]) => {
    const [head, ...rest] = segments;
    if (head === undefined) {
      paths.push(`/${done.join("/")}`);
      return;
    }
    const dynamic = /^\[(\w+)\]$/.exec(head)?.[1];
    if (!dynamic) {
      expand(rest, values, [...done, head]);
      return;
    }
    let options: string[];
    if (dynamic === "metier") options = subfolders(path.join(contentRoot, "metiers"));
    else if (dynamic === "pays") options = markdownNames(path.join(contentRoot, "metiers", values.metier ?? "", "salaires"));
    else if (dynamic === "paire") {
      const countries = markdownNames(path.join(contentRoot, "metiers", values.metier ?? "", "salaires"));
      options = countries.flatMap((a, i) => countries.slice(i + 1).map((b) => `${a}-${b}`));
    } else throw new Error(`tests/support/expected-pages.ts: no rule for the route segment [${dynamic}]; add one`);
    for (const option of options) expand(rest, { ...values, [dynamic]: option }, [...done, option]);
  };
  for (const route of appPageFiles().map((file) => file.split("/").slice(1, -1))) {
    if (route.some((segment) => referentialSegments.has(/^\[(\w+)\]$/.exec(segment)?.[1] ?? ""))) continue;
    if (referentialFolders.has(route[0] ?? "") && !withReferential) continue;
    expand(route, {}, []);
  }
  return paths.map((p) => (p === "/" ? p : p.replace(/\/$/, ""))).sort();
}
