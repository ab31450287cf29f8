import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { scaleContent } from "@/tests/support/scale-content";
import { build, tempProject } from "./temp-project";

// Rebuilding what changed (scripts/output-cache.ts), on real builds in a copy of the project: the fixture's two
// occupations copied twice (four), one of them edited between two builds. The rebuild must give, file for file and
// byte for byte, what a build from an empty cache gives; and a cache that no longer matches what the pages render
// must stop the build.
const project = tempProject("incremental-build");
const content = path.join(project.dir, "content-x2");
const out = path.join(project.dir, "out");
const cache = path.join(project.dir, ".next", "cache", "guide");
afterAll(() => {
  project.remove();
});

/** Every file under `dir`, relative, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const abs = path.join(dir, rel);
    if (statSync(abs).isFile()) files.set(rel, readFileSync(abs));
  }
  return files;
}

it("an edit to one occupation re-renders it alone, and the output equals a build from an empty cache, byte for byte", () => {
  expect(scaleContent(path.resolve("tests/fixtures/content"), content, 2)).toBe(4);

  const first = build(project.dir, content);
  expect(first.status, first.output).toBe(0);
  expect(first.output).toContain("build: 0 of 4 occupations unchanged since a build kept them; rendering 4");
  const built = snapshot(out);

  // Nothing changed: nothing is done, and out/ stays as it was.
  const again = build(project.dir, content);
  expect(again.status, again.output).toBe(0);
  expect(again.output).toContain("build: nothing changed since the last build");
  expect(again.output).not.toContain("Next.js");
  expect(snapshot(out)).toEqual(built);

  // The edit: one sentence of one occupation's summary.
  const edited = path.join(content, "metiers", "testeur-2", "index.md");
  const text = readFileSync(edited, "utf8");
  expect(text).toContain("summary: Il vérifie les logiciels.");
  writeFileSync(
    edited,
    text.replace("summary: Il vérifie les logiciels.", "summary: Il vérifie les logiciels avant leur mise en service."),
  );

  const rebuild = build(project.dir, content);
  expect(rebuild.status, rebuild.output).toBe(0);
  // Three kept; the edited one rendered, and the first kept one rendered again to check the cache.
  expect(rebuild.output).toContain(
    "build: 3 of 4 occupations unchanged since a build kept them; rendering 2 (« administratrice-reseaux » again, to check the cache)",
  );
  expect(readFileSync(path.join(out, "metiers", "testeur-2.html"), "utf8")).toContain("avant leur mise en service");
  const incremental = snapshot(out);

  // A clean build: no kept units, no out/ (with out/ intact and nothing changed, the build would do nothing).
  rmSync(cache, { recursive: true });
  rmSync(out, { recursive: true });
  const clean = build(project.dir, content);
  expect(clean.status, clean.output).toBe(0);
  expect(clean.output).toContain("build: 0 of 4 occupations unchanged since a build kept them; rendering 4");
  const fresh = snapshot(out);

  expect([...incremental.keys()]).toEqual([...fresh.keys()]);
  const differing = [...fresh].filter(([rel, bytes]) => !incremental.get(rel)?.equals(bytes)).map(([rel]) => rel);
  expect(differing).toEqual([]);
  // Pages, previews and data files of every occupation are there.
  for (const slug of ["administratrice-reseaux", "administratrice-reseaux-2", "testeur", "testeur-2"])
    for (const file of [`metiers/${slug}.html`, `apercus/metiers/${slug}.png`, `donnees/${slug}.json`])
      expect(fresh.has(file), file).toBe(true);
});

it("with a file of out/ gone, the build builds again; a kept occupation that no longer matches a fresh render stops it, with the cache named, and no out/ is left", () => {
  // Tamper with the kept copy of the occupation the build renders again to check the cache.
  const [codeDir] = readdirSync(cache);
  const kept = path.join(cache, codeDir ?? "", "units", "metier__administratrice-reseaux");
  const [key] = readdirSync(kept);
  const page = path.join(kept, key ?? "", "files", "metiers", "administratrice-reseaux.html");
  writeFileSync(page, readFileSync(page, "utf8").replace("</main>", "<p>périmé</p></main>"));
  // Nothing else changed, but a file of out/ is gone: out/ is no longer what the last build left, so this builds.
  rmSync(path.join(out, "metiers", "testeur.html"));

  const result = build(project.dir, content);
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(
    "build cache: « administratrice-reseaux » rendered again differs from its cached copy (metiers/administratrice-reseaux.html)",
  );
  expect(result.output).toContain("out/ removed");
  expect(() => statSync(out)).toThrow();
});
