// Post-export step, run by scripts/build.ts on Next's static export (out/).
// 1. Pages are content and need no client runtime: every script Next.js put in the HTML goes, with its
//    preloads, its flight data (`self.__next_f`) and React's hydration markers. What stays is the HTML, the
//    CSS, JSON-LD, and our own small scripts, which carry `data-enhance`.
// 2. What no page needs any more goes: RSC payloads (recognised by their content), the duplicate 404, and
//    every file under _next/ that no page references, directly or through a stylesheet it keeps.
// 3. A check, not a change: French spacing is applied where text is made (lib/content/french-spacing.ts), and a
//    page whose text, spoken attributes (title, alt, aria-label…), <title>, meta description, preview tags or
//    JSON-LD has a breakable space before « : ; ! ? » or inside « » fails the build, naming the page and the text.
//
// It removes only what it recognises and FAILS on anything else, so a Next.js upgrade that changes the output
// stops the build instead of shipping a broken page: a script of an unknown kind, an unresolved Suspense
// boundary (`<!--$?-->`, `<template id="B:…">`), streamed content left hidden (`<div hidden id="S:…">`), an
// HTML comment it does not know, an asset outside the prefixes it knows (derived from next.config's basePath
// and assetPrefix), a payload-named file that is not a payload.
import { fork } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { NextConfig } from "next";
import { fromParse5 } from "hast-util-from-parse5";
import { parse } from "parse5";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { filesUnder } from "./files";
import { frenchSpacing, skipTypography } from "@/lib/content/french-spacing";

/** Where the export's assets live, as pages reference them. */
export interface AssetPrefixes {
  /** URL prefix of Next's files (`/_next/`, or `${basePath}/_next/`, or `${assetPrefix}/_next/`); they are in out/_next/. */
  next: string;
  /** next.config's basePath ("" when none): prefix of every other local URL. */
  basePath: string;
}

/** The prefixes a build with this next.config writes into its pages. */
export function assetPrefixes(config: Pick<NextConfig, "basePath" | "assetPrefix">): AssetPrefixes {
  const basePath = (config.basePath ?? "").replace(/\/+$/, "");
  const base = (config.assetPrefix || basePath).replace(/\/+$/, "");
  return { next: `${base}/_next/`, basePath };
}

/** A problem the step cannot fix by itself: the build stops and prints them all. */
export class PostExportError extends Error {
  constructor(readonly problems: string[]) {
    super(`post-export: ${problems.length} problem(s) in the export:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "PostExportError";
  }
}

const attr = (node: Element, name: string) => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(" ") : String(value);
};
const isOurs = (node: Element) => "dataEnhance" in node.properties;
/** JSON-LD is data, not code: only an inline block of exactly that type counts, so a framework script cannot pass for one. */
const isStructuredData = (node: Element) => attr(node, "type")?.toLowerCase() === "application/ld+json" && !("src" in node.properties);

/** The inline scripts the App Router writes: flight data and Turbopack's chunk list. */
const frameworkInline = [
  /^\s*\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/,
  /^\s*self\.__next_f\.push\(/,
  /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\)\.push\(/,
];
/** Attributes a reader sees or hears, as hast names them and as HTML does: spaced like the text (lib/jsx/spacing.ts). */
const spokenAttributes = [
  ["title", "title"],
  ["alt", "alt"],
  ["placeholder", "placeholder"],
  ["ariaLabel", "aria-label"],
  ["ariaDescription", "aria-description"],
] as const;
/** React's streaming instructions: their presence means a Suspense boundary was still pending at export. */
const suspenseInstructions = /\$R[CSX]\b|\$RC\s*=|__next_s/;

type ScriptKind = "ours" | "data" | "framework" | { unknown: string } | { pending: string };
function scriptKind(node: Element, prefixes: AssetPrefixes): ScriptKind {
  if (isOurs(node)) return "ours";
  if (isStructuredData(node)) return "data";
  const src = attr(node, "src");
  if (src !== undefined) return src.startsWith(prefixes.next) ? "framework" : { unknown: `<script src="${src}">` };
  const code = toString(node);
  if (frameworkInline.some((re) => re.test(code))) return "framework";
  if (suspenseInstructions.test(code)) return { pending: code.slice(0, 60) };
  return { unknown: `<script${attr(node, "type") ? ` type="${attr(node, "type")}"` : ""}>${code.slice(0, 60)}…</script>` };
}

const rels = (node: Element) => (attr(node, "rel") ?? "").split(/\s+/);
const isScriptPreload = (node: Element) =>
  node.tagName === "link" && (rels(node).includes("modulepreload") || (rels(node).includes("preload") && attr(node, "as") === "script"));

/** React's markers, meaningless without React: boundaries (`$`, `/$`), activity (`&`, `/&`) and text separators. */
const knownComments = new Set(["$", "/$", "&", "/&", " ", ""]);
/** Markers of a boundary the export did not resolve: pending (`$?`) or rendered on the client after an error (`$!`). */
const unresolvedComments = new Set(["$?", "$!"]);

/** Attributes that load a resource, by element. */
const resourceAttributes: Record<string, string[]> = {
  script: ["src"],
  img: ["src", "srcSet"],
  source: ["src", "srcSet"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  input: ["src"],
  link: ["href", "imageSrcSet"],
};
/** `<link rel>` values that load something (a `<link rel="canonical">` or `alternate` is a link, not an asset). */
const loadingRels = new Set(["stylesheet", "preload", "modulepreload", "prefetch", "icon", "apple-touch-icon", "manifest", "mask-icon"]);

/** The URLs of a `src`/`href` value, or of each candidate of a `srcset`. */
const urlsOf = (value: string, isSrcSet: boolean) =>
  (isSrcSet ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value.trim()]).filter(Boolean);

/**
 * One page's HTML, processed: framework scripts, preloads and React markers removed, French spacing checked. Problems (see the top of this file) are returned, not thrown, so the build
 * reports every page's at once. `assets` are the out/-relative files under _next/ the page still uses;
 * `localFiles` the other local files it loads (they must exist in out/).
 */
export function processHtml(html: string, { prefixes }: { prefixes: AssetPrefixes }) {
  // Flight data is most of a raw page: its scripts go before parsing, by their exact shape (Next.js escapes `<` in
  // them, so none holds a `<`). Any other script is left to the parser and judged below.
  let removed = 0;
  const tree = parseHtml(
    html.replace(flightScript, () => {
      removed++;
      return "";
    }),
  );
  const problems: string[] = [];
  const unspacedTexts: string[] = [];
  const unspaced = (value: string, where: string) => {
    if (frenchSpacing(value) !== value) unspacedTexts.push(`${where} « ${value.trim().slice(0, 80)} »`);
  };
  const hiddenHolders: { node: Element; parent: Root | Element }[] = [];
  // What the page loads: Next's files (kept, the rest of _next/ goes) and other local files (must exist).
  const assets = new Set<string>();
  const localFiles = new Set<string>();
  visit(tree, (node, index, parent) => {
    if (node.type === "text") {
      if (!(parent?.type === "element" && skipTypography.has(parent.tagName))) unspaced(node.value, "text");
      return;
    }
    if (node.type === "comment") {
      if (!parent || index === undefined) return;
      if (unresolvedComments.has(node.value)) {
        problems.push(`unresolved Suspense boundary: <!--${node.value}-->`);
        return;
      }
      if (!knownComments.has(node.value)) {
        problems.push(`unknown HTML comment <!--${node.value.slice(0, 40)}-->: not a React marker this step knows`);
        return;
      }
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== "element" || !parent || index === undefined) return;
    if (node.tagName === "meta") unspaced(attr(node, "content") ?? "", `<meta ${attr(node, "name") ?? attr(node, "property")}>`);
    if (!skipTypography.has(node.tagName))
      for (const [name, html] of spokenAttributes) {
        const value = attr(node, name);
        if (value !== undefined) unspaced(value, `<${node.tagName} ${html}>`);
      }
    if (isStructuredData(node)) {
      try {
        jsonStrings(JSON.parse(toString(node)) as unknown, (value) => {
          unspaced(value, "JSON-LD");
        });
      } catch {
        problems.push(`a JSON-LD block that is not JSON: ${toString(node).slice(0, 60)}…`);
      }
    }
    let remove = isScriptPreload(node);
    if (node.tagName === "script") {
      const kind = scriptKind(node, prefixes);
      if (kind === "framework") remove = true;
      else if (typeof kind === "object" && "pending" in kind)
        problems.push(`unresolved Suspense boundary: a React streaming script is left (${kind.pending}…)`);
      else if (typeof kind === "object")
        problems.push(`unknown kind of script ${kind.unknown}: not ours (data-enhance), not JSON-LD, not Next.js's runtime`);
    }
    if (node.tagName === "template" && /^[BP]:/.test(attr(node, "id") ?? ""))
      problems.push(`unresolved Suspense boundary: <template id="${attr(node, "id")}"> (a fallback was exported instead of the content)`);
    if ("hidden" in node.properties && (attr(node, "id") ?? "").startsWith("S:"))
      problems.push(`hidden streamed content: <${node.tagName} hidden id="${attr(node, "id")}"> (React never moved it into the page)`);
    if (remove) {
      parent.children.splice(index, 1);
      removed++;
      return [SKIP, index];
    }
    if (node.tagName === "div" && "hidden" in node.properties) hiddenHolders.push({ node, parent });
    const names = resourceAttributes[node.tagName];
    if (!names || (node.tagName === "link" && !rels(node).some((r) => loadingRels.has(r)))) return;
    for (const name of names) {
      const value = attr(node, name);
      if (value === undefined) continue;
      for (const url of urlsOf(value, /srcset/i.test(name))) {
        const clean = url.split(/[?#]/)[0] ?? url;
        if (/^data:/i.test(url)) continue;
        if (clean.startsWith(prefixes.next)) assets.add(`_next/${clean.slice(prefixes.next.length)}`);
        else if (clean.startsWith(`${prefixes.basePath}/`) && !clean.startsWith("//"))
          localFiles.add(decodeURIComponent(clean.slice(prefixes.basePath.length + 1)));
        else
          problems.push(
            `<${node.tagName} ${name}="${url}">: an asset outside the known prefixes (${prefixes.next}, ${prefixes.basePath}/)`,
          );
      }
    }
  });
  if (unspacedTexts.length)
    problems.push(
      `${unspacedTexts.length} text(s) with a breakable space before « : ; ! ? » or inside « » (space them where they are made: fr\`…\` in lib/content/french-spacing.ts): ${unspacedTexts.slice(0, 5).join(" · ")}`,
    );
  // The hidden holder of streamed metadata is empty once the markers are gone.
  for (const { node, parent } of hiddenHolders) if (node.children.length === 0) parent.children = parent.children.filter((c) => c !== node);
  return {
    removed,
    problems,
    assets: [...assets],
    localFiles: [...localFiles],
    get html() {
      return stringify(tree);
    },
  };
}

/** Calls `check` on every string inside a parsed JSON value. */
function jsonStrings(value: unknown, check: (s: string) => void) {
  if (typeof value === "string") check(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, check);
  else if (value && typeof value === "object") for (const v of Object.values(value)) jsonStrings(v, check);
}

/** The page as a tree, as rehype-parse gives it (`<noscript>` content as elements), without source positions: nothing
 * here reports one, and parsing is twice as quick without. */
const parseHtml = (html: string) => fromParse5(parse(html, { scriptingEnabled: false })) as Root;
/** An inline script of flight data, exactly as the App Router writes it. */
const flightScript = /<script>self\.__next_f\.push\(\[[^<]*\]\)<\/script>/g;

const stringify = (tree: Root) => unified().use(rehypeStringify).stringify(tree);

/** Local files a stylesheet loads through `url(...)` or `@import`, resolved against the stylesheet's path. */
export function cssReferences(css: string, cssPath: string): string[] {
  const refs: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = (m[2] ?? m[4] ?? "").trim();
    if (!url || /^(data:|[a-z]+:|\/\/|#)/i.test(url)) continue;
    const clean = url.split(/[?#]/)[0] ?? url;
    refs.push(clean.startsWith("/") ? clean : path.posix.join(path.posix.dirname(cssPath), clean));
  }
  return refs;
}

/** True when `text` is a React Server Components payload: rows of `<hex id>:<value>`, or `:H…[` hints. */
export function isRscPayload(text: string): boolean {
  const first = text.split("\n", 1)[0] ?? "";
  return /^(?:[0-9a-f]+:|:H[A-Z]?\[)/.test(first);
}

/** What processing one page gives the step (scripts/post-export-worker.ts sends these). */
export interface ProcessedPage {
  file: string;
  html: string;
  problems: string[];
  localFiles: string[];
  assets: string[];
  removed: number;
}

/** One page file processed: read, stripped, checked. */
export function processPageFile(file: string, prefixes: AssetPrefixes): ProcessedPage {
  const page = processHtml(readFileSync(file, "utf8"), { prefixes });
  return {
    file,
    html: page.html,
    problems: page.problems,
    localFiles: page.localFiles,
    assets: page.assets,
    removed: page.removed,
  };
}

/** Below this many pages, one process is quicker than starting helpers. */
const parallelFrom = 200;

/** The pages processed, in their order: in this process for a few, else shared among one helper process per core. */
async function processPages(pages: string[], prefixes: AssetPrefixes): Promise<ProcessedPage[]> {
  if (pages.length < parallelFrom) return pages.map((file) => processPageFile(file, prefixes));
  const count = Math.min(availableParallelism(), 4);
  const chunks = Array.from({ length: count }, (_, i) => pages.filter((_, j) => j % count === i));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<ProcessedPage[]>((resolve, reject) => {
          const child = fork(path.join(import.meta.dirname, "post-export-worker.ts"), [], { execArgv: ["--import", "tsx"] });
          let done = false;
          child.once("message", (message: ProcessedPage[]) => {
            done = true;
            child.kill();
            resolve(message);
          });
          child.once("error", reject);
          child.once("exit", (code) => {
            if (!done) reject(new Error(`a post-export helper process stopped (exit code ${code ?? "none"}) before sending its pages`));
          });
          child.send({ pages: chunk, prefixes });
        }),
    ),
  );
  const byFile = new Map(results.flat().map((r) => [r.file, r]));
  return pages.flatMap((file) => byFile.get(file) ?? []);
}

/** `out/metiers/x.html` → `/metiers/x`, `out/index.html` → `/` */
const pagePath = (outDir: string, file: string) =>
  `/${path.relative(outDir, file).split(path.sep).join("/")}`.replace(/(\/index)?\.html$/, "") || "/";

/**
 * What the step learnt of a page, for the steps that look at all pages: the assets to keep. A build that keeps an occupation's pages from its cache keeps these with them (scripts/build.ts).
 */
export interface PageRecord {
  /** The page's file, relative to out/ (`metiers/x/missions.html`). */
  file: string;
  path: string;
  /** The files under _next/ it loads, relative to out/. */
  assets: string[];
}

/**
 * Strips every page in `outDir` and deletes what no page needs any more. `reused` are pages already processed
 * (kept from the build cache, already in `outDir`): they are left as they are, their records count. Returns the
 * records of the pages it processed. Throws a PostExportError listing every problem. Pages are processed on every
 * core (scripts/post-export-worker.ts) when there are many.
 */
export async function postExport(outDir: string, prefixes: AssetPrefixes, reused: readonly PageRecord[] = []) {
  const files = filesUnder(outDir);
  const problems: string[] = [];
  const used = new Set<string>();
  let scripts = 0;
  const rel = (file: string) => path.relative(outDir, file).split(path.sep).join("/");
  const skipped = new Set(reused.map((r) => r.file));
  const htmlFiles = files
    .filter((f) => f.endsWith(".html") && !skipped.has(rel(f)))
    .sort((a, b) => pagePath(outDir, a).localeCompare(pagePath(outDir, b)));
  // Pages are kept as text until every page is checked (nothing is written if one fails): a page's syntax tree
  // weighs many times its text, and holding thousands of them made a large build slow down and swell.
  const outputs: { file: string; html: string }[] = [];
  const records: PageRecord[] = [];
  // Next writes the 404 page twice; 404.html is the one every host serves, the other is deleted below.
  const pages = htmlFiles.filter((file) => !rel(file).startsWith("_not-found"));
  const processed = await processPages(pages, prefixes);
  for (const page of processed) {
    const file = page.file;
    problems.push(...page.problems.map((p) => `${rel(file)}: ${p}`));
    for (const local of page.localFiles)
      if (!existsSync(path.join(outDir, local)) && !existsSync(path.join(outDir, `${local}.html`)))
        problems.push(`${rel(file)}: loads /${local}, which is not a file of the export`);
    records.push({
      file: rel(file),
      path: pagePath(outDir, file),
      assets: page.assets,
    });
    outputs.push({ file, html: page.html });
    scripts += page.removed;
  }
  const all = [...records, ...reused];
  for (const record of all) for (const a of record.assets) used.add(path.join(outDir, a));
  // Files the kept stylesheets load (fonts, images), and what those load in turn.
  const pending = [...used].filter((f) => f.endsWith(".css"));
  while (pending.length) {
    const css = pending.pop() ?? "";
    if (!existsSync(css)) {
      problems.push(`${rel(css)}: a page loads this stylesheet, but the export has no such file`);
      continue;
    }
    for (const ref of cssReferences(readFileSync(css, "utf8"), `/${rel(css)}`)) {
      const abs = path.join(outDir, ref.startsWith(prefixes.next) ? `_next/${ref.slice(prefixes.next.length)}` : ref);
      if (used.has(abs)) continue;
      used.add(abs);
      if (abs.endsWith(".css")) pending.push(abs);
    }
  }
  // Payloads: deleted only when their content says they are one.
  const payloads = new Set<string>();
  for (const file of files.filter((f) => f.endsWith(".txt"))) {
    const isPayload = isRscPayload(readFileSync(file, "utf8"));
    if (isPayload) payloads.add(file);
    else if (path.basename(file).startsWith("__next."))
      problems.push(`${rel(file)}: named like an RSC payload, but its content is not one`);
  }
  if (problems.length) throw new PostExportError(problems);

  for (const { file, html } of outputs) writeFileSync(file, html);
  let deleted = 0;
  for (const file of files) {
    const unusedAsset = rel(file).startsWith("_next/") && !used.has(file);
    if (payloads.has(file) || unusedAsset || rel(file).startsWith("_not-found")) {
      rmSync(file);
      deleted++;
    }
  }
  pruneEmptyFolders(outDir, outDir);
  return {
    pages: all.length,
    processed: records,
    scripts,
    deleted,
  };
}

function pruneEmptyFolders(dir: string, root: string) {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) pruneEmptyFolders(abs, root);
  }
  if (dir !== root && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
