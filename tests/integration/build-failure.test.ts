import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { build, tempProject } from "./temp-project";

// A real `npm run build` over broken content: it must stop, name each file and field, and leave no out/
// folder behind (a host must never receive half a site). It runs Next's build in a copy of the project, so it
// takes tens of seconds and never touches the working tree's out/.
const broken = mkdtempSync(path.join(tmpdir(), "guide-broken-content-"));
const project = tempProject("broken-build");
afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
  project.remove();
});

function breakFile(file: string, from: string, to: string) {
  const abs = path.join(broken, file);
  const text = readFileSync(abs, "utf8");
  expect(text, `${file} contains what the test breaks`).toContain(from);
  writeFileSync(abs, text.replace(from, to));
}

it("a bad content file fails the build with the file and the field named, and no out/ is left", { timeout: 300_000 }, () => {
  cpSync(path.resolve("tests/fixtures/content"), broken, { recursive: true });
  breakFile("metiers/testeur/salaires/aland.md", "min: 30000", 'min: "30 000 €"');
  breakFile("pays/borduria.md", "currency:", "devise:");

  const { status, output } = build(project.dir, broken);

  expect(status, output).not.toBe(0);
  expect(output).toMatch(/metiers\/testeur\/salaires\/aland\.md: figures\[0\]\.min: expected number, received string/);
  expect(output).toMatch(/pays\/borduria\.md: currency: required field is missing/);
  expect(output).toContain("out/ removed");
  expect(existsSync(path.join(project.dir, "out"))).toBe(false);
});
