// `npm test`: the whole suite, in order, stopping at the first failure.
//   1. copied-text check against the seed articles (when ../shared is there)
//   2. type check    3. unit tests    4. build (static export)    5. end-to-end tests on what `npm start` serves
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

const bin = (name) => path.resolve("node_modules", ".bin", name);
function step(title, cmd, args, env = {}) {
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

step("type check", bin("tsc"), ["--noEmit"]);
step("unit tests", bin("vitest"), ["run"]);
// Real builds (bad content, the fixture site), each in its own temporary copy of the project.
step("integration tests", bin("vitest"), ["run", "--config", "vitest.integration.config.ts"]);
step("build", process.execPath, ["scripts/build.mjs"]);
// Every built page through the Nu HTML Checker (says loudly when Java is missing and it could not run).
step("HTML validity (vnu)", process.execPath, ["scripts/check-html.mjs"]);
const chromium = ensureChromium();
step("end-to-end tests", bin("playwright"), ["test"], chromium ? { CHROMIUM_PATH: chromium } : {});
