// Lighthouse 12, mobile (its default: emulated phone, simulated slow 4G and CPU), all four categories, run
// through its CLI with the system Chromium. `medianReport` keeps the median of each figure over the runs.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "../scripts/chromium";

export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One run's figures. */
export interface LighthouseRun {
  scores: Record<string, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  lost: string[];
  lighthouseVersion: string;
  userAgent: string | undefined;
}
/** The median over runs. */
export type LighthouseReport = ReturnType<typeof medianReport>;

/** The parts of Lighthouse's JSON report read here. */
interface Lhr {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number } | undefined>;
  lighthouseVersion: string;
  environment?: { hostUserAgent?: string };
}

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * One Lighthouse run of `url`; resolves to its scores (0–100), LCP/TBT (ms), CLS and the audits that lost points.
 * Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP) for reasons of its own: such a run is tried
 * again, up to `attempts` times, and each retry is said on stderr.
 */
export async function runLighthouse(url: string, reportFile: string, attempts = 3): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, reportFile);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`bench: Lighthouse failed on ${url} (${String(error).split("\n")[0]?.slice(0, 160)}); trying again`);
    }
  }
}

function runOnce(url: string, reportFile: string) {
  const chrome = process.env.CHROME_PATH ?? chromiumPath();
  if (!chrome) throw new Error("no Chromium found: set CHROME_PATH");
  const args = [
    path.resolve("node_modules/lighthouse/cli/index.js"),
    url,
    "--output=json",
    `--output-path=${reportFile}`,
    `--only-categories=${categories.join(",")}`,
    `--chrome-flags=${chromeFlags.join(" ")}`,
    "--quiet",
  ];
  return new Promise<LighthouseRun>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`lighthouse ${url} exited ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      const lhr = JSON.parse(readFileSync(reportFile, "utf8")) as Lhr;
      rmSync(reportFile, { force: true });
      if (lhr.runtimeError) {
        reject(new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`));
        return;
      }
      resolve(summarize(lhr));
    });
  });
}

function summarize(lhr: Lhr): LighthouseRun {
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  // The audits behind any point lost, so a score under 100 says why.
  const lost: string[] = [];
  for (const c of categories)
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${c}: ${ref.id} (${audit.title})`);
    }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    transferBytes: metric("total-byte-weight"),
    lost,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/** The median of each score and metric over `runs`; `lost` lists every audit that lost points in any run. */
export function medianReport(runs: LighthouseRun[]) {
  return {
    runs: runs.length,
    scores: Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c] ?? 0))])),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    transferBytes: median(runs.map((r) => r.transferBytes)),
    lost: [...new Set(runs.flatMap((r) => r.lost))],
  };
}
