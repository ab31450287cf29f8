// Post-export step. 1. Pages are content and need no client runtime, so every script the framework put in the
// HTML goes, with its preloads, its flight data (`self.__next_f`) and the RSC payload files. What stays is
// the HTML, the CSS, and our own small scripts, which carry `data-enhance`.
//
// It works on the parsed HTML (not on regular expressions over Next's markup), and it removes by rule,
// "every script that is not ours", so a new kind of framework script is removed too. `tests/e2e` fails if a
// page still references the runtime.
// 2. French spacing (scripts/french-typography.mjs) on every text node of every page.
// 3. What no page needs any more goes: RSC payloads, the duplicate 404, and every file under _next/ that no
// page references, directly or through a stylesheet it keeps (fonts and images in `url()`), so nothing is
// deleted that a page still loads, whatever names a future Next.js gives its files.
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
const isFrameworkScript = (node) => node.tagName === "script" && !isOurs(node);
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

function processHtml(html) {
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
  // Local assets the page still uses.
  const assets = [];
  visit(tree, "element", (node) => {
    for (const key of ["href", "src", "srcSet", "imageSrcSet"]) {
      const v = node.properties?.[key];
      if (v !== undefined && v !== null) assets.push(...assetUrls(Array.isArray(v) ? v.join(",") : v));
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
