// Post-export step. 1. Pages are content and need no client runtime, so every script the framework put in the
// HTML goes, with its preloads, its flight data (`self.__next_f`) and the RSC payload files. What stays is
// the HTML, the CSS, and our own small scripts, which carry `data-enhance`.
//
// It works on the parsed HTML (not on regular expressions over Next's markup), and it removes by rule,
// "every script that is not ours", so a new kind of framework script is removed too. `tests/e2e` fails if a
// page still references the runtime.
// 2. French spacing (scripts/french-typography.mjs) on every text node of every page.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { frenchSpacing, skipTypography } from "./french-typography.mjs";

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

/** One page's HTML with framework scripts removed and French spacing applied (exported for tests). */
export function processHtml(html) {
  const tree = unified().use(rehypeParse).parse(html);
  let removed = 0;
  visit(tree, "element", (node, index, parent) => {
    if (parent && index !== undefined && (isFrameworkScript(node) || isScriptPreload(node))) {
      parent.children.splice(index, 1);
      removed++;
      return [SKIP, index];
    }
  });
  // French spacing on every text node that is prose.
  visit(tree, "text", (node, _index, parent) => {
    if (parent?.type === "element" && skipTypography.has(parent.tagName)) return;
    node.value = frenchSpacing(node.value);
  });
  // Local assets the page still uses.
  const assets = [];
  visit(tree, "element", (node) => {
    for (const key of ["href", "src"]) {
      const v = node.properties?.[key];
      if (typeof v === "string" && v.startsWith("/_next/")) assets.push(v.split(/[?#]/)[0]);
    }
  });
  return { html: unified().use(rehypeStringify).stringify(tree), removed, assets };
}

/** Strips every page in `outDir` and deletes what no page needs any more. Returns a small report. */
export function postExport(outDir) {
  const files = [...walk(outDir)];
  const used = new Set();
  let scripts = 0;
  let pages = 0;
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const { html, removed, assets } = processHtml(readFileSync(file, "utf8"));
    writeFileSync(file, html);
    scripts += removed;
    pages++;
    for (const a of assets) used.add(path.join(outDir, a));
  }
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
  return { pages, scripts, deleted };
}
