import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { writeRomeFixture } from "../fixtures/rome-fixture";
import { build, tempProject } from "./temp-project";

// The national referential in real builds, on the synthetic fixture in ROME's format (tests/fixtures/rome-fixture.ts, written by
// us): its pages are made; an edit to one fiche's text re-renders only the pages that show it, and the result equals
// a build from an empty cache byte for byte; a broken file stops the build with file, line and column, and no out/;
// without the referential the site builds and says so.
const project = tempProject("referential-build");
const content = path.resolve("tests/fixtures/content");
const rome = path.join(project.dir, "rome");
writeRomeFixture(rome);
const out = path.join(project.dir, "out");
const cache = path.join(project.dir, ".next", "cache", "guide");
afterAll(() => {
  project.remove();
});

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const abs = path.join(dir, rel);
    if (statSync(abs).isFile()) files.set(rel, readFileSync(abs));
  }
  return files;
}

const fixtureCodes = () =>
  readFileSync(path.join(rome, "unix_referentiel_code_rome_v460_utf8.csv"), "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.slice(1, 6));

it("builds one page per fiche of the referential; one edited fiche re-renders alone and the result equals a clean build", () => {
  const first = build(project.dir, content, rome);
  expect(first.status, first.output).toBe(0);
  const codes = fixtureCodes();
  expect(codes.length).toBeGreaterThan(3);
  for (const code of codes) expect(existsSync(path.join(out, "fiches", `${code.toLowerCase()}.html`)), code).toBe(true);
  expect(first.output).toMatch(/build: 0 of (\d+) pages of the referential unchanged since a build kept them; rendering \1\n/);

  // The edit: one sentence of one fiche's definition (the texts file is France Travail's format, every field quoted).
  const texts = path.join(rome, "unix_texte_v460_utf8.csv");
  const before = readFileSync(texts, "utf8");
  const sentence = "Anime des ateliers de découverte pour des publics imaginaires.";
  expect(before).toContain(sentence);
  writeFileSync(texts, before.replace(sentence, "Anime des ateliers de découverte pour des publics imaginaires et curieux."));
  const rebuild = build(project.dir, content, rome);
  expect(rebuild.status, rebuild.output).toBe(0);
  const line = /build: (\d+) of (\d+) pages of the referential unchanged since a build kept them; rendering (\d+)/.exec(rebuild.output);
  expect(line, rebuild.output).not.toBeNull();
  const [, kept, total, rendered] = (line ?? []).map(Number);
  // Only the edited fiche's page changed: every other page is kept (some are rendered again as cache checks).
  expect(kept).toBe((total ?? 0) - 1);
  expect(rendered).toBeLessThan(total ?? 0);
  expect(readFileSync(path.join(out, "fiches", "k9901.html"), "utf8")).toContain("publics imaginaires et curieux.");
  const incremental = snapshot(out);

  rmSync(cache, { recursive: true });
  rmSync(out, { recursive: true });
  const clean = build(project.dir, content, rome);
  expect(clean.status, clean.output).toBe(0);
  const fresh = snapshot(out);
  expect([...incremental.keys()]).toEqual([...fresh.keys()]);
  expect([...fresh].filter(([rel, bytes]) => !incremental.get(rel)?.equals(bytes)).map(([rel]) => rel)).toEqual([]);
});

it("a broken referential file stops the build with the file, the line and the column, alone, and no out/ is left", () => {
  const links = path.join(rome, "unix_liens_rome_referentiels_v460_utf8.csv");
  const lines = readFileSync(links, "utf8").split("\n");
  const at = lines.findIndex((l, i) => i > 0 && l.includes('"5","1"'));
  expect(at).toBeGreaterThan(0);
  lines[at] = (lines[at] ?? "").replace(/"(\d+)"$/, '"123456789"');
  writeFileSync(links, lines.join("\n"));
  const result = build(project.dir, content, rome);
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(`rome/unix_liens_rome_referentiels_v460_utf8.csv: line ${at + 1}, column code_ogr:`);
  expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
  expect(existsSync(out)).toBe(false);
});

it("without the referential, the site builds with its own content and its home page says what is missing", () => {
  const result = build(project.dir, content, "");
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain("build: NO NATIONAL REFERENTIAL (ROME)");
  expect(existsSync(path.join(out, "fiches"))).toBe(false);
  expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain("Le référentiel national n&#x27;est pas installé");
});
