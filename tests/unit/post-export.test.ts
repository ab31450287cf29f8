import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cssReferences, postExport } from "@/scripts/post-export.mjs";

// A miniature static export shaped like Next's (runtime scripts, flight data, preloads, RSC payloads, a build-id
// folder), so the rules of the post-export step are checked without a build, and keep holding whatever file
// names a future Next.js picks.
const out = path.resolve("tests/.tmp/post-export");
const files: Record<string, string> = {
  "index.html": `<!doctype html><html lang="fr"><head>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next">
<link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/webpack.js">
<link rel="modulepreload" href="/_next/static/chunks/module.js">
<script src="/_next/static/chunks/main.js" async></script>
<script src="/copier-lien.js" data-enhance defer></script>
</head><body><div hidden><!--$--><!--/$--></div><p>Salaire : <!-- -->45 000 €</p>
<img alt="" src="/_next/static/media/photo.png" srcset="/_next/static/media/photo-2x.png 2x">
<script>self.__next_f.push([1,"flight"])</script><script id="__NEXT_DATA__" type="application/json">{}</script>
</body></html>`,
  "index.txt": "0:flight",
  "metiers/role.html": `<!doctype html><html><head><link rel="stylesheet" href="/_next/static/chunks/site.css"></head><body><p>Métier</p></body></html>`,
  "metiers/role.txt": "0:flight",
  "metiers/role/__next.metiers.role.txt": "0:segment",
  "_not-found.html": "<!doctype html><p>404</p>",
  "404.html": "<!doctype html><html><body><p>Introuvable</p></body></html>",
  "robots.txt": "User-agent: *",
  "copier-lien.js": "/* ours */",
  "_next/static/chunks/site.css": `@import "./extra.css";body{background:url("../media/motif.svg")}@font-face{src:url(/_next/static/media/font.woff2) format("woff2")}a{background:url(data:image/gif;base64,R0lGOD)}`,
  "_next/static/chunks/extra.css": `p{background:url('../media/extra.svg?v=1#x')}`,
  "_next/static/chunks/main.js": "runtime",
  "_next/static/chunks/webpack.js": "runtime",
  "_next/static/chunks/module.js": "runtime",
  "_next/static/chunks/unused.css": "p{}",
  "_next/static/media/motif.svg": "<svg/>",
  "_next/static/media/extra.svg": "<svg/>",
  "_next/static/media/font.woff2": "font",
  "_next/static/media/photo.png": "png",
  "_next/static/media/photo-2x.png": "png",
  "_next/static/media/orphan.woff2": "font",
  "_next/static/build-id/_buildManifest.js": "manifest",
  "_next/static/build-id/_ssgManifest.js": "manifest",
};

let report: ReturnType<typeof postExport>;
beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  report = postExport(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const has = (file: string) => existsSync(path.join(out, file));
const html = () => readFileSync(path.join(out, "index.html"), "utf8");

describe("post-export: pages", () => {
  it("removes every framework script, preload and flight data, and keeps ours", () => {
    const scripts = [...html().matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/src="\/copier-lien\.js".*data-enhance/);
    expect(html()).not.toMatch(/__next_f|__NEXT_DATA__|modulepreload|as="script"/);
    expect(report.scripts).toBe(5);
  });

  it("keeps stylesheets and images, and drops React's hydration markers", () => {
    expect(html()).toContain('href="/_next/static/chunks/site.css"');
    expect(html()).toContain('srcset="/_next/static/media/photo-2x.png 2x"');
    expect(html()).not.toContain("<!--");
    expect(html()).not.toContain("<div hidden>");
    expect(report.pages).toBe(4);
  });
});

describe("post-export: files", () => {
  it("deletes RSC payloads, the duplicate 404, unreferenced scripts and the build-id folder", () => {
    for (const gone of [
      "index.txt",
      "metiers/role.txt",
      "metiers/role/__next.metiers.role.txt",
      "_not-found.html",
      "_next/static/chunks/main.js",
      "_next/static/chunks/webpack.js",
      "_next/static/chunks/module.js",
      "_next/static/chunks/unused.css",
      "_next/static/media/orphan.woff2",
      "_next/static/build-id",
    ])
      expect(has(gone), gone).toBe(false);
    expect(has("metiers/role"), "empty folder pruned").toBe(false);
  });

  it("keeps what pages load, directly or through their stylesheets", () => {
    for (const kept of [
      "404.html",
      "robots.txt",
      "copier-lien.js",
      "_next/static/chunks/site.css",
      "_next/static/chunks/extra.css",
      "_next/static/media/motif.svg",
      "_next/static/media/extra.svg",
      "_next/static/media/font.woff2",
      "_next/static/media/photo.png",
      "_next/static/media/photo-2x.png",
    ])
      expect(has(kept), kept).toBe(true);
  });
});

describe("cssReferences", () => {
  it("resolves relative and absolute urls and imports, and skips data: and remote urls", () => {
    const css = `@import url("a.css");@import 'b.css';x{background:url(../m/i.svg)}y{src:url(https://cdn/f.woff)}z{background:url(data:x)}`;
    expect(cssReferences(css, "/_next/static/chunks/s.css")).toEqual([
      "/_next/static/chunks/a.css",
      "/_next/static/chunks/b.css",
      "/_next/static/m/i.svg",
    ]);
  });
});
