// `npm test`: the whole suite, in order, stopping at the first failure.
//   1. copied-text check against the seed articles (when ../shared is there)
//   2. static checks: content (npm run check), lint, format, types, unused code (knip)
//   3. unit tests (tests/unit, bench/tests, deploy/tests)    4. integration tests (real builds in temporary folders)
//   5. build (static export)    6. HTML validity    7. end-to-end tests on what `npm start` serves
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
function step(title: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${title}: FAILED`);
    process.exit(r.status || 1);
  }
  console.log(`${title}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const verbatim = path.resolve("..", "shared", "tools", "verbatim-check.mjs");
if (existsSync(verbatim)) step("copied-text check", process.execPath, [verbatim, "content", "app", "components", "lib"]);
else console.warn("\n!!! ../shared/tools/verbatim-check.mjs not found: the copied-text check DID NOT RUN !!!");

step("content check", process.execPath, ["--import", "tsx", "scripts/check-content.ts"]);
step("lint (ESLint)", bin("eslint"), ["."]);
step("format check (Prettier)", bin("prettier"), ["--check", "."]);
step("type check", bin("tsc"), ["--noEmit"]);
step("unused code (knip)", bin("knip"), []);
// The fast projects: the site and its build (tests/unit), the bench's parts (bench/tests), the deploy harness's (deploy/tests).
step("unit tests", bin("vitest"), ["run", ...["unit", "bench", "deploy"].flatMap((name) => ["--project", name])]);
step("integration tests", bin("vitest"), ["run", "--project", "integration"]);
// Built for the address the end-to-end tests serve it at (playwright.config.ts: PORT, default 3217), so their
// server finds this very build up to date instead of building the 1,800 pages again for another address.
step("build", process.execPath, ["--import", "tsx", "scripts/build.ts"], {
  SITE_URL: process.env.SITE_URL?.trim() || `http://localhost:${process.env.PORT ?? "3217"}`,
});
// Every built page through the Nu HTML Checker (says loudly when Java is missing and it could not run).
step("HTML validity (vnu)", process.execPath, ["--import", "tsx", "scripts/check-html.ts"]);
// Every internal link and #fragment of every built page leads somewhere.
step("links (every page)", process.execPath, ["--import", "tsx", "scripts/check-links.ts"]);
const chromium = ensureChromium();
step("end-to-end tests", bin("playwright"), ["test"], chromium ? { CHROMIUM_PATH: chromium } : {});
