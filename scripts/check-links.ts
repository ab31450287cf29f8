// Follows every internal link of every built page (out/**/*.html): the target must be a file the site serves (a page
// at its clean URL, or a data file, image or script), and a #fragment must be an id of the target page. Cheap enough
// for the whole site (no browser); the end-to-end link test adds what needs one (redirects, external links' rel) on
// a sample. Prints one line per broken link, `page: link: problem`, and exits 1 if there is any.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "./files";

const outDir = path.resolve(process.argv[2] ?? "out");

const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");

/** The out/ file a clean URL is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/\/+$/, "");
  const candidates = clean === "" ? ["index.html"] : [`${clean}.html`, `${clean}/index.html`, clean];
  for (const c of candidates) {
    const abs = path.join(outDir, c);
    if (existsSync(abs) && !abs.endsWith(path.sep)) return abs;
  }
  return undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? "")));
    ids.set(file, set);
  }
  return set;
}

export function brokenLinks(): string[] {
  const problems: string[] = [];
  let links = 0;
  const pages = filesUnder(outDir, ".html");
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    const rel = path.relative(outDir, page);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1] ?? "");
      if (!raw.startsWith("/") && !raw.startsWith("#")) continue;
      if (raw.startsWith("//")) continue;
      links++;
      const url = new URL(raw, `http://site/${rel.replace(/(index)?\.html$/, "")}`);
      const target = raw.startsWith("#") ? page : fileFor(url.pathname);
      if (!target) {
        problems.push(`${rel}: ${raw}: no such page or file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment))
        problems.push(`${rel}: ${raw}: no element with id "${fragment}"`);
    }
  }
  console.log(`links: ${links} internal links on ${pages.length} pages followed, ${problems.length} broken`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  if (!existsSync(outDir)) {
    console.error(`${outDir} not found: build the site first`);
    process.exit(1);
  }
  const problems = brokenLinks();
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}
