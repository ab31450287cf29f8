// The performance budgets of issue 5. `checkBudgets` returns one line per budget missed (empty: all kept).
import { categories, type LighthouseReport } from "./lighthouse";
import type { BuildEntry } from "./measure-build";
import type { PageWeight } from "./page-weight";

/** A page weighed in both exports. */
export interface WeighedPage {
  path: string;
  stripped: PageWeight;
  runtime: PageWeight;
  runtimeOverStripped: number;
}
/** A page measured by Lighthouse on both sites. */
export interface MeasuredPage {
  label: string;
  path: string;
  stripped: LighthouseReport;
  runtime: LighthouseReport;
}

export const budgets = {
  /** Per page, HTML + CSS + JS, gzip. */
  pageGzipBytes: 25 * 1024,
  /** Per page, JS only, gzip. */
  jsGzipBytes: 5 * 1024,
  /** Every Lighthouse category on the measured pages (median of the runs). */
  lighthouseScore: 100,
  cls: 0,
  /** Build time per page at the largest scale, at most this many times the one at 1×. */
  perPageGrowth: 1.5,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function checkBudgets({
  pages,
  lighthouse,
  build,
}: {
  pages: WeighedPage[];
  lighthouse?: MeasuredPage[];
  build?: BuildEntry[];
}): string[] {
  const failures: string[] = [];
  for (const page of pages) {
    const w = page.stripped;
    if (w.total.gzip > budgets.pageGzipBytes)
      failures.push(`${page.path}: ${kb(w.total.gzip)} gzip in all, budget ${kb(budgets.pageGzipBytes)}`);
    if (w.js.gzip > budgets.jsGzipBytes) failures.push(`${page.path}: ${kb(w.js.gzip)} gzip of JS, budget ${kb(budgets.jsGzipBytes)}`);
  }
  for (const page of lighthouse ?? []) {
    const m = page.stripped;
    for (const c of categories)
      if ((m.scores[c] ?? 0) < budgets.lighthouseScore)
        failures.push(
          `${page.path}: Lighthouse ${c} ${m.scores[c] ?? "none"} (lost on: ${m.lost.filter((l) => l.startsWith(c)).join("; ")})`,
        );
    if (m.cls > budgets.cls) failures.push(`${page.path}: CLS ${m.cls}`);
  }
  const scales = (build ?? []).filter(isMeasured).sort((a, b) => a.factor - b.factor);
  for (const b of build ?? []) if (!b.ok) failures.push(`build at ${b.factor}× failed (log: ${b.logFile})`);
  const [first, last] = [scales[0], scales.at(-1)];
  if (first && last && first !== last) {
    if (last.secondsPerPage > budgets.perPageGrowth * first.secondsPerPage)
      failures.push(
        `build time per page grows: ${last.secondsPerPage.toFixed(3)} s at ${last.factor}× vs ${first.secondsPerPage.toFixed(3)} s at ${first.factor}×`,
      );
  }
  const [a, b, c] = scales.slice(-3);
  if (a && b && c) {
    // Fixed costs (compiling) hide growth in the average; the cost of each added page must not grow either.
    const early = (b.seconds - a.seconds) / (b.pages - a.pages);
    const late = (c.seconds - b.seconds) / (c.pages - b.pages);
    if (late > budgets.perPageGrowth * Math.max(early, 0))
      failures.push(
        `each added page costs more at scale: ${late.toFixed(3)} s/page from ${b.factor}× to ${c.factor}× vs ${early.toFixed(3)} s/page from ${a.factor}× to ${b.factor}×`,
      );
  }
  return failures;
}

/** The marginal build cost per page between consecutive scales (the slope of the scaling curve). */
export function marginalSeconds(build: BuildEntry[]) {
  const scales = build.filter(isMeasured).sort((a, b) => a.factor - b.factor);
  return scales.slice(1).map((b, i) => {
    const a = scales[i] ?? b;
    return { from: a.factor, to: b.factor, secondsPerAddedPage: (b.seconds - a.seconds) / (b.pages - a.pages) };
  });
}

type MeasuredBuild = BuildEntry & { pages: number; secondsPerPage: number };
const isMeasured = (b: BuildEntry): b is MeasuredBuild => b.ok && b.pages !== undefined && b.secondsPerPage !== undefined;
