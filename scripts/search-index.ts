// Site search: a Pagefind index of the built pages, written to out/pagefind/. It runs after the post-export
// step, over exactly the HTML that is served. Only each page's <main> is indexed, without navigation and
// heading anchors; headings with an id become sub-results, so results can link to sections. The pages are
// lang="fr": the index is French, with French stemming.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { filesUnder } from "./files";

/** Pages that are not content: the 404 page, and the search page itself (it lists every page). */
const notIndexed = new Set(["404.html", "recherche.html"]);
/**
 * Pages of the national referential: the search finds them by any of their job titles (/recherche/intitules.json),
 * so the full-text index keeps to the guide's own pages (small to load, quick to build).
 */
const referentialFolders = /^(fiches|domaines|interets|metiers-a-z)(\/|\.html$)/;

/** The clean URL a page is served at: `metiers/x.html` → `/metiers/x`. */
const pageUrl = (rel: string) => `/${rel.split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";

export async function buildSearchIndex(outDir: string) {
  const { errors, index } = await pagefind.createIndex({
    rootSelector: "main",
    excludeSelectors: ["nav", ".anchor", "[data-pagefind-ignore]"],
    forceLanguage: "fr",
  });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let pages = 0;
  for (const file of filesUnder(outDir, ".html")) {
    const rel = path.relative(outDir, file);
    if (notIndexed.has(rel) || referentialFolders.test(rel.split(path.sep).join("/"))) continue;
    const added = await index.addHTMLFile({ url: pageUrl(rel), content: readFileSync(file, "utf8") });
    if (added.errors.length) throw new Error(`pagefind: ${rel}: ${added.errors.join("; ")}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  // Pagefind also writes its ready-made interfaces; the search page has its own small one, so they go.
  const pagefindDir = path.join(outDir, "pagefind");
  for (const name of readdirSync(pagefindDir))
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(path.join(pagefindDir, name));
  return { pages };
}
