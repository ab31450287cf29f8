// What each page weighs, as a browser loads it: its HTML plus the stylesheets and scripts it references
// (scripts include the ones it preloads), raw and gzip-compressed like `serve` sends them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { Element } from "hast";
import { visit } from "unist-util-visit";

/** Page paths listed in `<dir>/sitemap.xml`, in its order. */
export function sitemapPaths(dir: string) {
  const xml = readFileSync(path.join(dir, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL((m[1] ?? "").trim()).pathname);
}

/** The exported file for a clean URL: `/` → index.html, `/a/b` → a/b.html (or a/b/index.html). */
function pageFile(dir: string, pagePath: string) {
  const clean = pagePath.replace(/\/+$/, "");
  const candidates = clean === "" ? ["index.html"] : [`${clean}.html`, `${clean}/index.html`];
  const found = candidates.map((c) => path.join(dir, c)).find((f) => existsSync(f));
  if (!found) throw new Error(`${dir}: no file for page ${pagePath}`);
  return found;
}

/** Stylesheets and scripts an HTML page loads from its own site. */
function pageAssets(html: string) {
  const css = new Set<string>();
  const js = new Set<string>();
  const rels = (node: Element) => [node.properties.rel ?? []].flat().map(String);
  visit(unified().use(rehypeParse).parse(html), "element", (node: Element) => {
    const local = (url: unknown): url is string => typeof url === "string" && url.startsWith("/") && !url.startsWith("//");
    if (node.tagName === "script" && local(node.properties.src)) js.add(node.properties.src);
    if (node.tagName !== "link" || !local(node.properties.href)) return;
    const rel = rels(node);
    if (rel.includes("stylesheet")) css.add(node.properties.href);
    if (rel.includes("modulepreload") || (rel.includes("preload") && node.properties.as === "script")) js.add(node.properties.href);
  });
  return { css: [...css], js: [...js] };
}

interface Size {
  raw: number;
  gzip: number;
}
const sizeOf = (b: Buffer): Size => ({ raw: b.length, gzip: gzipSync(b).length });
const sum = (list: Size[]): Size => ({ raw: list.reduce((n, x) => n + x.raw, 0), gzip: list.reduce((n, x) => n + x.gzip, 0) });
/** Stylesheets and scripts are shared by many pages (1,800 and more): each file is compressed once. */
const assetSizes = new Map<string, Size>();
const assetSize = (file: string) => {
  const known = assetSizes.get(file);
  if (known) return known;
  const size = sizeOf(readFileSync(file));
  assetSizes.set(file, size);
  return size;
};

/**
 * A page's scripts with the modules they import at load (`import … from "/scripts/x.js"`, as ours do), each once. A
 * module loaded later by `import()` (the search indexes, the title matcher on first input) is not counted.
 */
function withStaticImports(dir: string, scripts: string[]): string[] {
  const seen = new Set<string>();
  const add = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const file = path.join(dir, url.split(/[?#]/)[0] ?? url);
    if (!existsSync(file) || !url.endsWith(".js")) return;
    for (const m of readFileSync(file, "utf8").matchAll(/^import\s[^;]*?from\s*"(\/[^"]+)";?$/gm)) if (m[1]) add(m[1]);
  };
  scripts.forEach(add);
  return [...seen];
}

/** Bytes of one page in `dir`: html, css, js and total, each { raw, gzip }; plus the files counted. */
export type PageWeight = ReturnType<typeof pageWeight>;
export function pageWeight(dir: string, pagePath: string) {
  const html = readFileSync(pageFile(dir, pagePath));
  const found = pageAssets(html.toString("utf8"));
  const assets = { css: found.css, js: withStaticImports(dir, found.js) };
  const size = (url: string) => assetSize(path.join(dir, url.split(/[?#]/)[0] ?? url));
  const weight = { html: sizeOf(html), css: sum(assets.css.map(size)), js: sum(assets.js.map(size)) };
  const total = {
    raw: weight.html.raw + weight.css.raw + weight.js.raw,
    gzip: weight.html.gzip + weight.css.gzip + weight.js.gzip,
  };
  return { path: pagePath, ...weight, total, files: { css: assets.css.length, js: assets.js.length } };
}
