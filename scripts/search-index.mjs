// Site search: a Pagefind index of the built pages, written to out/pagefind/. It runs after the post-export
// step, over exactly the HTML that is served. Only each page's <main> is indexed, without navigation and
// heading anchors; headings with an id become sub-results, so results can link to sections. The pages are
// lang="fr": the index is French, with French stemming.
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

/** Pages that are not content: the 404 page, and the search page itself (it lists every page). */
const notIndexed = new Set(["404.html", "recherche.html"]);

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) yield* htmlFiles(abs);
    else if (name.endsWith(".html")) yield abs;
  }
}

/** The clean URL a page is served at: `metiers/x.html` → `/metiers/x`. */
const pageUrl = (rel) => `/${rel.split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";

export async function buildSearchIndex(outDir) {
  const { errors, index } = await pagefind.createIndex({
    rootSelector: "main",
    excludeSelectors: ["nav", ".anchor", "[data-pagefind-ignore]"],
    forceLanguage: "fr",
  });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const rel = path.relative(outDir, file);
    if (notIndexed.has(rel)) continue;
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
