// `npm run bench` (not part of `npm test`): builds the site, measures it against the same build with Next.js's
// runtime left in, and writes bench/results.md and bench/results.json; exits 1 when a budget is missed.
//   1. build time, per phase, and memory with content/'s occupations copied 1×, 10× and 100× (300× too with
//      --scale-300; or BENCH_SCALES), each cold (build cache emptied), warm (nothing changed) and after one
//      occupation is edited; then the real site, which also keeps the plain export in out-runtime/
//      (`scripts/build.ts --keep-runtime`);
//   2. the weight of every page of the sitemap in both;
//   3. Lighthouse mobile on every page of the sitemap, in both, each site on its own port (BENCH_PAGES, a
//      comma-separated list of paths, narrows it while working on the bench).
// Options: --scale-300, --no-scale, --no-lighthouse (quicker runs while working on it; the committed results are full runs).
// Environment: PORT (default 3104; the runtime site uses PORT + 1), BENCH_RUNS (default 3), BENCH_SCALES.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { contentSecurityPolicy } from "../deploy/headers";
import { budgets, checkBudgets } from "./bench/budgets";
import { medianReport, runLighthouse } from "./bench/lighthouse";
import { measureBuild } from "./bench/measure-build";
import { pageWeight, sitemapPaths } from "./bench/page-weight";
import { type BenchResults, writeResults } from "./bench/report";
import type { BuildEntry } from "./bench/measure-build";
import type { MeasuredPage } from "./bench/budgets";
import type { LighthouseRun } from "./bench/lighthouse";
import { measureScaling } from "./bench/scaling";
import { serveSite } from "./bench/serve-site";

const started = Date.now();
const loadAtStart = os.loadavg();
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3104);
const runs = Number(process.env.BENCH_RUNS ?? 3);
// 300× takes a quarter of an hour or more here: only with --scale-300 (or in BENCH_SCALES).
const scales = (process.env.BENCH_SCALES ?? (args.has("--scale-300") ? "1,10,100,300" : "1,10,100"))
  .split(",")
  .map(Number)
  .filter((n) => n >= 1);
const tmp = path.resolve("bench", "tmp");
const outDir = path.resolve("out");
const runtimeDir = path.resolve("out-runtime");
const baseContent = path.resolve(process.env.CONTENT_DIR ?? "content");
mkdirSync(tmp, { recursive: true });
const say = (message: string) => {
  console.log(`bench: ${message}`);
};
const skipped: string[] = [];

// 1. Builds: the scaling table (scripts/bench/scaling.ts), then the real site, which also keeps the plain export
// in out-runtime/ for the comparisons below.
let build: BuildEntry[] = [];
if (args.has("--no-scale")) skipped.push("build scaling (--no-scale)");
else build = await measureScaling(baseContent, scales, tmp, say);
{
  const logFile = path.join(tmp, "build-site.log");
  say(`building the site (log: ${path.relative(process.cwd(), logFile)})…`);
  // The environment is left as is, so the build stamp matches what `npm start` expects.
  const result = await measureBuild(["--import", "tsx", "scripts/build.ts", "--keep-runtime"], { env: {}, logFile });
  if (!result.ok) {
    console.error(result.log.slice(-3000));
    process.exit(1);
  }
}

// 2. Page weights, every page of the sitemap, in both exports.
const pages = sitemapPaths(outDir).map((p) => {
  const stripped = pageWeight(outDir, p);
  const runtime = pageWeight(runtimeDir, p);
  return { path: p, stripped, runtime, runtimeOverStripped: runtime.total.gzip / stripped.total.gzip };
});
say(`weighed ${pages.length} pages`);

// 3. Lighthouse on every page of the sitemap (or the BENCH_PAGES listed, which must be in it).
let lighthouse: MeasuredPage[] | undefined;
if (args.has("--no-lighthouse")) skipped.push("Lighthouse (--no-lighthouse)");
else {
  const all = sitemapPaths(outDir);
  const only = process.env.BENCH_PAGES?.split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of only ?? []) if (!all.includes(p)) throw new Error(`BENCH_PAGES: ${p} is not in the sitemap`);
  if (only) skipped.push(`Lighthouse on ${only.length} of ${all.length} pages (BENCH_PAGES)`);
  const kind = (p: string): string =>
    p === "/"
      ? "home"
      : (/^\/metiers\/[^/]+(\/[^/]+)?/.exec(p)?.[1]?.slice(1) ?? (/^\/metiers\/[^/]+$/.test(p) ? "role" : (p.split("/")[1] ?? p)));
  const measured = (only ?? all).map((p) => ({ label: kind(p), path: p }));
  const sites = {
    stripped: await serveSite(outDir, port, { configFile: path.join(tmp, "serve-stripped.json") }),
    runtime: await serveSite(runtimeDir, port + 1, {
      configFile: path.join(tmp, "serve-runtime.json"),
      // Next.js's runtime needs its inline scripts (flight data, bootstrap).
      csp: contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    }),
  };
  try {
    lighthouse = [];
    for (const page of measured) {
      const collected: Record<"stripped" | "runtime", LighthouseRun[]> = { stripped: [], runtime: [] };
      // Alternating the two sites spreads the machine's noise evenly over both.
      for (let i = 0; i < runs; i++)
        for (const site of ["stripped", "runtime"] as const) {
          say(`Lighthouse ${site} ${page.path} (${i + 1}/${runs})`);
          collected[site].push(await runLighthouse(sites[site].url + page.path, path.join(tmp, `lighthouse-${site}.json`)));
        }
      lighthouse.push({ ...page, stripped: medianReport(collected.stripped), runtime: medianReport(collected.runtime) });
    }
  } finally {
    await sites.stripped.stop();
    await sites.runtime.stop();
  }
}

// 4. Results.
const version = (cmd: string, cmdArgs: string[]) => {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};
const packageVersion = (name: string) =>
  (JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
const cpus = os.cpus();
const measured = {
  date: new Date().toISOString(),
  durationSeconds: (Date.now() - started) / 1000,
  commit: version("git", ["rev-parse", "--short", "HEAD"]),
  machine: {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryBytes: os.totalmem(),
    loadAverage: loadAtStart,
    loadAverageAtEnd: os.loadavg(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  },
  versions: {
    node: process.version,
    next: packageVersion("next"),
    lighthouse: packageVersion("lighthouse"),
    chromium: version(process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium"), ["--version"]),
  },
  budgets,
  skipped,
  pages,
  lighthouse,
  build,
};
const results: BenchResults = { ...measured, failures: checkBudgets(measured) };
writeResults(path.resolve("bench"), results);
say(`results in bench/results.md and bench/results.json (${Math.round(results.durationSeconds)} s)`);
if (results.failures.length) {
  console.error(`bench: ${results.failures.length} budget(s) missed:\n${results.failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
say("all budgets kept");
