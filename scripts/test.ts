// `npm test`: the whole suite, in order, stopping at the first failure.
//   1. copied-text check against the seed articles (when ../shared is there)
//   2. type check    3. unit tests    4. build (static export)    5. end-to-end tests on what `npm start` serves
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

step("type check", bin("tsc"), ["--noEmit"]);
step("unit tests", bin("vitest"), ["run"]);
step("build", process.execPath, ["--import", "tsx", "scripts/build.ts"]);
// Every built page through the Nu HTML Checker (says loudly when Java is missing and it could not run).
step("HTML validity (vnu)", process.execPath, ["--import", "tsx", "scripts/check-html.ts"]);
const chromium = ensureChromium();
step("end-to-end tests", bin("playwright"), ["test"], chromium ? { CHROMIUM_PATH: chromium } : {});
