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
  /** Cold build: seconds for each page added, between consecutive scales (1× → 10× → 100× → 300×). */
  secondsPerAddedPage: 0.03,
  /** Peak memory of a cold build (all processes summed), at every scale. */
  peakRssBytes: 1.5 * 1024 ** 3,
  /** A rebuild after one occupation is edited, at most this share of the cold build, at every scale from 10×. */
  editShareOfCold: 0.25,
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
  for (const b of build ?? []) if (!b.ok) failures.push(`build at ${b.factor}× (${b.cache}) failed (log: ${b.logFile})`);
  const cold = (build ?? []).filter((b): b is MeasuredBuild => b.cache === "cold" && isMeasured(b));
  for (const slope of marginalSeconds(cold))
    if (slope.secondsPerAddedPage > budgets.secondsPerAddedPage)
      failures.push(
        `cold build: ${slope.secondsPerAddedPage.toFixed(3)} s per added page from ${slope.from}× to ${slope.to}× (budget ${budgets.secondsPerAddedPage} s)`,
      );
  for (const b of cold)
    if ((b.peakRssBytes ?? 0) > budgets.peakRssBytes)
      failures.push(
        `cold build at ${b.factor}×: peak memory ${Math.round((b.peakRssBytes ?? 0) / 2 ** 20)} MB (budget ${budgets.peakRssBytes / 2 ** 20} MB)`,
      );
  for (const b of cold) {
    const edit = (build ?? []).find((e) => e.factor === b.factor && e.cache === "edit" && e.ok);
    if (b.factor >= 10 && edit && edit.seconds > budgets.editShareOfCold * b.seconds)
      failures.push(
        `one occupation edited at ${b.factor}×: ${edit.seconds.toFixed(1)} s, ${Math.round((100 * edit.seconds) / b.seconds)} % of the cold build (budget ${100 * budgets.editShareOfCold} %)`,
      );
  }
  return failures;
}

/** The build cost of each added page between consecutive scales (the slope of the scaling curve), for builds of one kind. */
export function marginalSeconds(build: BuildEntry[]) {
  const scales = build.filter(isMeasured).sort((a, b) => a.factor - b.factor);
  return scales.slice(1).map((b, i) => {
    const a = scales[i] ?? b;
    return { from: a.factor, to: b.factor, secondsPerAddedPage: (b.seconds - a.seconds) / (b.pages - a.pages) };
  });
}

type MeasuredBuild = BuildEntry & { pages: number; secondsPerPage: number };
const isMeasured = (b: BuildEntry): b is MeasuredBuild => b.ok && b.pages !== undefined && b.secondsPerPage !== undefined;
