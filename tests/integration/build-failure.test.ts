import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

// `npm run build` over broken content, in a copy of the project in its own temporary folder (never the working
// tree's out/): it must stop, print each file and field as a `file: field: message` line and nothing else (no
// stack trace, no code frame), and leave no out/ behind (a host must never receive half a site).
const project = mkdtempSync(path.join(tmpdir(), "guide-build-failure-"));
const broken = path.join(project, "broken-content");
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function breakFile(file: string, from: string, to: string) {
  const abs = path.join(broken, file);
  const text = readFileSync(abs, "utf8");
  expect(text, `${file} contains what the test breaks`).toContain(from);
  writeFileSync(abs, text.replace(from, to));
}

it("a bad content file fails the build with the file and the field named, alone, and no out/ is left", () => {
  for (const entry of [
    "app",
    "components",
    "lib",
    "scripts",
    "deploy",
    "public",
    "next.config.ts",
    "package.json",
    "tsconfig.json",
    "postcss.config.mjs",
  ])
    cpSync(path.resolve(entry), path.join(project, entry), { recursive: true });
  symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"));
  cpSync(path.resolve("tests/fixtures/content"), broken, { recursive: true });
  breakFile("metiers/testeur/salaires/aland.md", "min: 30000", 'min: "30 000 €"');
  breakFile("pays/borduria.md", "currency:", "devise:");
  // A previous build's output, which a failed build must not leave behind.
  mkdirSync(path.join(project, "out"));
  writeFileSync(path.join(project, "out", "index.html"), "<p>ancien site</p>");

  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: broken, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const output = `${build.stdout}\n${build.stderr}`;

  expect(build.status, output).not.toBe(0);
  expect(build.stderr.trim().split("\n")).toEqual([
    "broken-content/pays/borduria.md: currency: required field is missing (expected string)",
    "broken-content/pays/borduria.md: devise: unknown field",
    "broken-content/metiers/testeur/salaires/aland.md: figures[0].min: expected number, received string",
    "",
    "build failed: the content has 3 problems (listed above; npm run check); out/ removed.",
  ]);
  expect(existsSync(path.join(project, "out"))).toBe(false);
});
