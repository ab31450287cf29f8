import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder } from "@/scripts/files";
import { assetPrefixes, postExport } from "@/scripts/post-export";

// The post-export step on what the pinned Next.js really writes: a tiny App Router site
// (tests/integration/fixtures/next-app: a layout with a stylesheet that loads an image, our data-enhance script,
// JSON-LD, a 404) built with `next build` in its own temporary folder, then stripped. A Next.js
// upgrade that changes its output fails here, not in production. Built twice: plainly, and under a basePath.
const fixture = path.resolve("tests/integration/fixtures/next-app");
const nodeModules = path.resolve("node_modules");
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function buildFixture(basePath: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "guide-next-fixture-"));
  folders.push(dir);
  cpSync(fixture, dir, { recursive: true });
  symlinkSync(nodeModules, path.join(dir, "node_modules"));
  const build = spawnSync(process.execPath, [path.join(nodeModules, "next/dist/bin/next"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FIXTURE_BASE_PATH: basePath },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const out = path.join(dir, "out");
  const before = filesUnder(out).map((f) => path.relative(out, f));
  const report = await postExport(out, assetPrefixes({ basePath }));
  return { out, before, report, read: (file: string) => readFileSync(path.join(out, file), "utf8") };
}

for (const basePath of ["", "/guide"]) {
  describe(`post-export on a real \`next build\` export${basePath ? ` under basePath ${basePath}` : ""}`, () => {
    let site: Awaited<ReturnType<typeof buildFixture>>;
    beforeAll(async () => {
      site = await buildFixture(basePath);
    });

    it("had Next's runtime to strip (the fixture is what the test thinks it is)", () => {
      expect(site.before.some((f) => /^_next\/static\/chunks\/.+\.js$/.test(f))).toBe(true);
      expect(site.before).toContain("index.txt");
      expect(site.report.scripts).toBeGreaterThan(0);
    });

    it("leaves exactly our script and the JSON-LD on the home page, and no React marker", () => {
      const html = site.read("index.html");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts).toEqual(['<script type="application/ld+json">', `<script src="${basePath}/copier-lien.js" data-enhance="" defer>`]);
      expect(html).not.toMatch(/__next_f|TURBOPACK|modulepreload|as="script"|<!--|<div hidden/);
      expect(html).toContain("<h1>Accueil</h1>");
    });

    it("keeps the stylesheet and the image it loads, under the right prefix", () => {
      const html = site.read("index.html");
      const css = new RegExp(`<link rel="stylesheet" href="${basePath}/_next/(static/chunks/[^"]+\\.css)"`).exec(html)?.[1];
      expect(css, "stylesheet link").toBeDefined();
      expect(existsSync(path.join(site.out, "_next", css ?? "missing"))).toBe(true);
      const image = filesUnder(path.join(site.out, "_next")).filter((f) => f.endsWith(".svg"));
      expect(image.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^motif\..+\.svg$/)]);
    });

    it("deletes the runtime, the RSC payloads and the duplicate 404, and keeps public files", () => {
      const after = filesUnder(site.out).map((f) => path.relative(site.out, f));
      expect(after.filter((f) => f.endsWith(".js"))).toEqual(["copier-lien.js"]);
      expect(after.filter((f) => f.endsWith(".txt"))).toEqual([]);
      expect(after.filter((f) => f.startsWith("_not-found"))).toEqual([]);
      expect(after).toEqual(expect.arrayContaining(["404.html", "index.html"]));
    });

    it("leaves the text as the page made it: already spaced, nothing linked after the fact", () => {
      expect(site.read("index.html")).toContain("<p>Une API relie deux logiciels\u202f; le salaire\u00a0: 45 000 €.</p>");
    });
  });
}
