// Post-export step. 1. Pages are content and need no client runtime, so every script the framework put in the
// HTML goes, with its preloads, its flight data (`self.__next_f`) and the RSC payload files. What stays is
// the HTML, the CSS, and our own small scripts, which carry `data-enhance`.
//
// It works on the parsed HTML (not on regular expressions over Next's markup), and it removes by rule,
// "every script that is not ours", so a new kind of framework script is removed too. `tests/e2e` fails if a
// page still references the runtime.
// 2. French spacing (scripts/french-typography.mjs) on every text node of every page.
// 3. Glossary links (scripts/glossary-links.mjs): the first use of each term in a page's <main> links to its
// definition; the glossary page's "used in" lists are then filled with the pages where each term was found.
// 4. What no page needs any more goes: RSC payloads, the duplicate 404, and every file under _next/ that no
// page references, directly or through a stylesheet it keeps (fonts and images in `url()`), so nothing is
// deleted that a page still loads, whatever names a future Next.js gives its files.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { toString } from "hast-util-to-string";
import { frenchSpacing, skipTypography } from "./french-typography.mjs";
import { linkGlossaryTerms } from "./glossary-links.mjs";

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) yield* walk(abs);
    else yield abs;
  }
}

const isOurs = (node) => node.properties && "dataEnhance" in node.properties;
// JSON-LD is data, not code: the browser never runs it, and search engines read it. Only an inline block
// of exactly that type counts, so a framework script cannot pass for one.
const isStructuredData = (node) =>
  String(node.properties?.type ?? "").toLowerCase() === "application/ld+json" && !("src" in (node.properties ?? {}));
const isFrameworkScript = (node) => node.tagName === "script" && !isOurs(node) && !isStructuredData(node);
const isScriptPreload = (node) => {
  if (node.tagName !== "link") return false;
  const rel = [].concat(node.properties.rel ?? []).map(String);
  return rel.includes("modulepreload") || (rel.includes("preload") && node.properties.as === "script");
};

/** Local asset paths in an attribute value: `src`/`href`, or each candidate of a `srcset`. */
const assetUrls = (value) =>
  String(value)
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url) => url?.startsWith("/_next/"))
    .map((url) => url.split(/[?#]/)[0]);

/** Local files a stylesheet loads through `url(...)` or `@import`, resolved against the stylesheet's path. */
export function cssReferences(css, cssPath) {
  const refs = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = (m[2] ?? m[4]).trim();
    if (/^(data:|[a-z]+:|\/\/|#)/i.test(url)) continue;
    const clean = url.split(/[?#]/)[0];
    refs.push(clean.startsWith("/") ? clean : path.posix.join(path.posix.dirname(cssPath), clean));
  }
  return refs;
}

/** The glossary terms, from the JSON the build wrote (`app/donnees/[fichier]/route.ts`), spaced the French way. */
export function readGlossaryTerms(outDir) {
  const file = path.join(outDir, "donnees", "glossaire.json");
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, "utf8")).terms.map((t) => ({ ...t, definition: frenchSpacing(t.definition) }));
}

const findElement = (tree, test) => {
  let found;
  visit(tree, "element", (node) => {
    if (found) return false;
    if (test(node)) found = node;
  });
  return found;
};

/** One page's HTML with framework scripts removed, glossary terms linked and French spacing applied (exported for tests). */
export function processHtml(html, terms = []) {
  const tree = unified().use(rehypeParse).parse(html);
  let removed = 0;
  visit(tree, "element", (node, index, parent) => {
    if (parent && index !== undefined && (isFrameworkScript(node) || isScriptPreload(node))) {
      parent.children.splice(index, 1);
      removed++;
      return [SKIP, index];
    }
  });
  // React's hydration markers (`<!--$-->`, `<!-- -->` between text nodes) mean nothing without React; the
  // hidden holder of streamed metadata is empty once they are gone.
  visit(tree, "comment", (_node, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(tree, "element", (node, index, parent) => {
    const emptyHidden = node.tagName === "div" && node.properties?.hidden === true && node.children.length === 0;
    if (emptyHidden && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  // French spacing on every text node that is prose.
  visit(tree, "text", (node, _index, parent) => {
    if (parent?.type === "element" && skipTypography.has(parent.tagName)) return;
    node.value = frenchSpacing(node.value);
  });
  // Glossary links, in the page's main content only (not the header, navigation or footer).
  const main = findElement(tree, (n) => n.tagName === "main");
  const glossaryTerms = main && terms.length ? linkGlossaryTerms(main, terms) : [];
  const h1 = findElement(tree, (n) => n.tagName === "h1");
  // Local assets the page still uses.
  const assets = [];
  visit(tree, "element", (node) => {
    for (const key of ["href", "src", "srcSet", "imageSrcSet"]) {
      const v = node.properties?.[key];
      if (v !== undefined && v !== null) assets.push(...assetUrls(Array.isArray(v) ? v.join(",") : v));
    }
  });
  return {
    tree,
    removed,
    assets,
    glossaryTerms,
    title: h1 ? toString(h1).trim() : "",
    /** The page as HTML (the build stringifies later, once every page's glossary uses are known). */
    get html() {
      return stringify(tree);
    },
  };
}

const stringify = (tree) => unified().use(rehypeStringify).stringify(tree);

/** `out/metiers/x.html` → `/metiers/x`, `out/index.html` → `/` */
const pagePath = (outDir, file) => `/${path.relative(outDir, file).split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";

/** Fills each `[data-glossary-uses=id]` list with links to the pages that use the term. */
function fillGlossaryUses(tree, uses) {
  visit(tree, "element", (node) => {
    const id = node.properties?.dataGlossaryUses;
    if (typeof id !== "string") return;
    node.children = (uses.get(id) ?? []).map((page) => ({
      type: "element",
      tagName: "li",
      properties: {},
      children: [{ type: "element", tagName: "a", properties: { href: page.path }, children: [{ type: "text", value: page.title }] }],
    }));
  });
}

/** Strips every page in `outDir` and deletes what no page needs any more. Returns a small report. */
export function postExport(outDir) {
  const files = [...walk(outDir)];
  const used = new Set();
  let scripts = 0;
  let pages = 0;
  const terms = readGlossaryTerms(outDir);
  /** term id → pages where it was linked */
  const uses = new Map();
  const listingUses = [];
  const htmlFiles = files.filter((f) => f.endsWith(".html")).sort((a, b) => pagePath(outDir, a).localeCompare(pagePath(outDir, b)));
  for (const file of htmlFiles) {
    const isPage = path.relative(outDir, file) !== "404.html";
    const { tree, removed, assets, glossaryTerms, title } = processHtml(readFileSync(file, "utf8"), isPage ? terms : []);
    for (const id of glossaryTerms) uses.set(id, [...(uses.get(id) ?? []), { path: pagePath(outDir, file), title }]);
    // The glossary page is written last, once every page has told which terms it uses.
    if (findElement(tree, (n) => typeof n.properties?.dataGlossaryUses === "string")) listingUses.push({ file, tree });
    else writeFileSync(file, stringify(tree));
    scripts += removed;
    pages++;
    for (const a of assets) used.add(path.join(outDir, a));
  }
  // Files the kept stylesheets load (fonts, images), and what those load in turn.
  const pending = [...used].filter((f) => f.endsWith(".css"));
  while (pending.length) {
    const css = pending.pop();
    if (!existsSync(css)) continue;
    const urlPath = "/" + path.relative(outDir, css).split(path.sep).join("/");
    for (const ref of cssReferences(readFileSync(css, "utf8"), urlPath)) {
      const abs = path.join(outDir, ref);
      if (used.has(abs)) continue;
      used.add(abs);
      if (abs.endsWith(".css")) pending.push(abs);
    }
  }
  for (const { file, tree } of listingUses) {
    fillGlossaryUses(tree, uses);
    writeFileSync(file, stringify(tree));
  }
  const unused = terms.filter((t) => !uses.has(t.id));
  if (unused.length)
    throw new Error(
      `content/glossaire.md: ${unused.map((t) => `"${t.id}"`).join(", ")}: found on no page; a glossary term must be one the pages use (check its forms)`,
    );
  let deleted = 0;
  for (const file of files) {
    if (!existsSync(file)) continue;
    const rel = path.relative(outDir, file);
    const base = path.basename(file);
    const rscPayload =
      base.startsWith("__next.") || (file.endsWith(".txt") && existsSync(file.replace(/\.txt$/, ".html")));
    const unusedAsset = rel.startsWith(`_next${path.sep}`) && !used.has(file);
    // Next writes the 404 page twice; 404.html is the one every host serves.
    const duplicate404 = rel.startsWith("_not-found");
    if (rscPayload || unusedAsset || duplicate404) {
      rmSync(file);
      deleted++;
    }
  }
  // Empty folders left behind.
  const prune = (dir) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) prune(abs);
    }
    if (dir !== outDir && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  };
  prune(outDir);
  return { pages, scripts, deleted, glossaryLinks: [...uses.values()].reduce((n, list) => n + list.length, 0) };
}
