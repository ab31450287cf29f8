// `npm run bench` (not part of `npm test`): measures the whole guide — its own content and the national
// referential's 1,818 pages — against the issue's budgets, writes bench/results.md and bench/results.json, and exits
// 1 when a budget is missed. One run of each build (they are long); Lighthouse BENCH_RUNS times per page.
//   1. the anchor: a bare Next.js static export of the referential's fiches as plain pages, cold, with the same
//      installed Next.js (bench/anchor.ts, in bench/tmp/anchor/);
//   2. the national builds, on copies of the referential (bench/tmp/rome/, ROME_DIR) and of content/
//      (bench/tmp/content/, CONTENT_DIR): cold (.next/ and out/ removed, as in a fresh clone), warm (nothing
//      changed: the build finds nothing to do), one fiche's definition edited, one markdown paragraph edited — each
//      wall time, per phase, peak memory, pages rendered and kept (bench/national.ts);
//   3. the real site (content/ and ROME_DIR as they are, so the build stamp matches `npm start`): after step 2 a
//      rebuild of what the edits touched;
//   4. the weight of every page of its sitemap, summarised by kind of page (bench/kinds.ts);
//   5. Lighthouse mobile on one page of each kind (the first of the sitemap, and /fiches/m1855), BENCH_RUNS times.
// Options:
//   --runtime         also measure Next.js's plain export (runtime left in): step 3 builds with `--keep-runtime`,
//                     which renders every page again (as long as a cold build) and keeps that export in
//                     out-runtime/; steps 4 and 5 measure it too, on its own port (Lighthouse's time doubles). Off by
//                     default: it answers how much the post-export step saves, which the referential does not change;
//   --no-anchor       skip 1 (the cold ÷ anchor budget is then not checked);
//   --no-national     skip 2;
//   --no-lighthouse   skip 5;
//   --help            print this and exit.
//   (--no-anchor, --no-national and --no-lighthouse are for quicker runs while working on the bench; the committed
//   results are full runs.)
// Environment: PORT (default 3104; the runtime site uses PORT + 1), BENCH_RUNS (Lighthouse runs per page and site,
// default 3), BENCH_PAGES (a comma-separated list of sitemap paths Lighthouse measures instead of one per kind),
// ROME_DIR and CONTENT_DIR (what is copied and built; defaults as for `npm run build`).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { contentDir, romeDir } from "@/lib/site/config";
import { contentSecurityPolicy } from "../deploy/headers";
import { type AnchorEntry, measureAnchor } from "./anchor";
import { budgets, checkBudgets, type MeasuredPage, type WeighedPage } from "./budgets";
import { pageKind, pagesPerKind } from "./kinds";
import { type LighthouseRun, medianReport, runLighthouse } from "./lighthouse";
import { type BuildEntry, measureBuild, renderCounts } from "./measure-build";
import { measureNational } from "./national";
import { pageWeight, sitemapPaths } from "./page-weight";
import { type BenchResults, type SiteBuild, summarizeWeights, writeResults } from "./report";
import { serveSite } from "./serve-site";

const started = Date.now();
const loadAtStart = os.loadavg();
const args = new Set(process.argv.slice(2));
const known = ["--runtime", "--no-anchor", "--no-national", "--no-lighthouse", "--help"];
if (args.has("--help")) {
  // This file's opening comment: what the bench does, its options and environment.
  const lines = readFileSync(new URL(import.meta.url), "utf8").split("\n");
  const end = lines.findIndex((line) => !line.startsWith("//"));
  console.log(
    lines
      .slice(0, end)
      .map((line) => line.replace(/^\/\/ ?/, ""))
      .join("\n"),
  );
  process.exit(0);
}
for (const a of args) if (!known.includes(a)) throw new Error(`bench: unknown option ${a} (options: ${known.join(", ")})`);
const port = Number(process.env.PORT ?? 3104);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const keepRuntime = args.has("--runtime");
const tmp = path.resolve("bench", "tmp");
const outDir = path.resolve("out");
const runtimeDir = path.resolve("out-runtime");
mkdirSync(tmp, { recursive: true });
const say = (message: string) => {
  console.log(`bench: ${message}`);
};
const skipped: string[] = [];
if (!romeDir || !existsSync(romeDir))
  throw new Error("bench: no national referential (ROME_DIR, ../shared/rome/v460 or data/rome): the bench measures the guide with it");

// 1. The anchor.
let anchor: AnchorEntry | undefined;
if (args.has("--no-anchor")) skipped.push("the anchor, and the cold build ÷ anchor budget (--no-anchor)");
else anchor = await measureAnchor(romeDir, tmp, say);

// 2. The national builds.
let national: BuildEntry[] = [];
if (args.has("--no-national")) skipped.push("the national builds: cold, warm, one fiche edited, one markdown edited (--no-national)");
else national = await measureNational({ romeDir, contentDir, tmp }, say);

// 3. The real site, whose pages are weighed and measured below.
let site: SiteBuild;
{
  const logFile = path.join(tmp, "build-site.log");
  say(`building the real site${keepRuntime ? ", runtime kept" : ""} (log: ${path.relative(process.cwd(), logFile)})…`);
  // The environment is left as is, so the build stamp matches what `npm start` expects.
  const result = await measureBuild(["--import", "tsx", "scripts/build.ts", ...(keepRuntime ? ["--keep-runtime"] : [])], {
    env: {},
    logFile,
  });
  if (!result.ok) {
    console.error(result.log.slice(-3000));
    process.exit(1);
  }
  site = {
    ok: result.ok,
    logFile: path.relative(process.cwd(), logFile),
    seconds: result.seconds,
    runtime: keepRuntime,
    referential: renderCounts(result.log, "pages of the referential"),
  };
}
if (!keepRuntime) skipped.push("Next.js's plain export (runtime left in), for page weight and Lighthouse (only with --runtime)");

// 4. Page weights, every page of the sitemap.
const paths = sitemapPaths(outDir);
const pages: WeighedPage[] = paths.map((p) => ({
  path: p,
  kind: pageKind(p),
  stripped: pageWeight(outDir, p),
  runtime: keepRuntime ? pageWeight(runtimeDir, p) : undefined,
}));
say(`weighed ${pages.length} pages`);

// 5. Lighthouse on one page of each kind (or the BENCH_PAGES listed, which must be in the sitemap).
let lighthouse: MeasuredPage[] | undefined;
if (args.has("--no-lighthouse")) skipped.push("Lighthouse (--no-lighthouse)");
else {
  const only = process.env.BENCH_PAGES?.split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of only ?? []) if (!paths.includes(p)) throw new Error(`BENCH_PAGES: ${p} is not in the sitemap`);
  if (only) skipped.push(`Lighthouse on one page of each kind (BENCH_PAGES: ${only.join(", ")} instead)`);
  const measured = only ? only.map((p) => ({ label: pageKind(p), path: p })) : pagesPerKind(paths, ["/fiches/m1855"]);
  const stripped = await serveSite(outDir, port, { configFile: path.join(tmp, "serve-stripped.json") });
  const runtime = keepRuntime
    ? await serveSite(runtimeDir, port + 1, {
        configFile: path.join(tmp, "serve-runtime.json"),
        // Next.js's runtime needs its inline scripts (flight data, bootstrap).
        csp: contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      })
    : undefined;
  const sites = { stripped, ...(runtime ? { runtime } : {}) };
  try {
    lighthouse = [];
    for (const page of measured) {
      const collected: Record<string, LighthouseRun[]> = {};
      // Alternating the two sites spreads the machine's noise evenly over both.
      for (let i = 0; i < runs; i++)
        for (const [name, s] of Object.entries(sites)) {
          say(`Lighthouse ${name} ${page.path} (${i + 1}/${runs})`);
          (collected[name] ??= []).push(await runLighthouse(s.url + page.path, path.join(tmp, `lighthouse-${name}.json`)));
        }
      lighthouse.push({
        ...page,
        stripped: medianReport(collected.stripped ?? []),
        runtime: collected.runtime ? medianReport(collected.runtime) : undefined,
      });
    }
  } finally {
    for (const s of Object.values(sites)) await s.stop();
  }
}

// 6. Results.
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
const failures = checkBudgets({ pages, lighthouse, national, anchor });
const results: BenchResults = {
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
  national,
  anchor,
  site,
  pageWeight: summarizeWeights(pages),
  lighthouse,
  failures,
};
writeResults(path.resolve("bench"), results);
say(`results in bench/results.md and bench/results.json (${Math.round(results.durationSeconds)} s)`);
if (results.failures.length) {
  console.error(`bench: ${results.failures.length} budget(s) missed:\n${results.failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
say("all budgets kept");
