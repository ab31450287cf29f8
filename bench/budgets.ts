// The performance budgets of the issue (targets on this 2-core machine, with the real referential). `checkBudgets`
// returns one line per budget missed (empty: all kept).
import type { AnchorEntry } from "./anchor";
import { categories, type LighthouseReport } from "./lighthouse";
import type { BuildEntry } from "./measure-build";
import type { PageWeight } from "./page-weight";

/** A page weighed in the shipped export, and in Next.js's plain export when the bench kept one. */
export interface WeighedPage {
  path: string;
  kind: string;
  stripped: PageWeight;
  runtime: PageWeight | undefined;
}
/** A page measured by Lighthouse, on the shipped site and (when measured) the runtime-left-in one. */
export interface MeasuredPage {
  label: string;
  path: string;
  stripped: LighthouseReport;
  runtime: LighthouseReport | undefined;
}

export const budgets = {
  /** Per page, HTML + CSS + JS, gzip: every page of the sitemap. */
  pageGzipBytes: 25 * 1024,
  /** Per page, JS only, gzip: every page of the sitemap. */
  jsGzipBytes: 5 * 1024,
  /** Every Lighthouse category (mobile) on one page of each kind (median of the runs). */
  lighthouseScore: 100,
  cls: 0,
  /** The whole guide, cold (.next/cache/guide and .next/cache/referential emptied). */
  coldSeconds: 120,
  /** The cold build, at most this many times the anchor (a bare Next.js export of the same fiches as plain pages). */
  coldOverAnchor: 5,
  /** Nothing changed since the previous build. */
  warmSeconds: 15,
  /** One sentence of one fiche's definition changed. */
  ficheEditedSeconds: 25,
  /** One sentence added to one markdown file. */
  markdownEditedSeconds: 25,
  /** Peak memory of every national build (the build and its child processes, summed). */
  peakRssBytes: 2 * 1024 ** 3,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const stepBudget: Record<BuildEntry["step"], number> = {
  cold: budgets.coldSeconds,
  warm: budgets.warmSeconds,
  fiche: budgets.ficheEditedSeconds,
  markdown: budgets.markdownEditedSeconds,
};
export const stepLabel: Record<BuildEntry["step"], string> = {
  cold: "cold",
  warm: "warm (nothing changed)",
  fiche: "one fiche edited",
  markdown: "one markdown edited",
};

export function checkBudgets({
  pages,
  lighthouse,
  national,
  anchor,
}: {
  pages: WeighedPage[];
  lighthouse?: MeasuredPage[];
  national?: BuildEntry[];
  anchor?: AnchorEntry;
}): string[] {
  const failures: string[] = [];
  for (const b of national ?? []) {
    if (!b.ok) {
      failures.push(`national build, ${stepLabel[b.step]}: failed (log: ${b.logFile})`);
      continue;
    }
    if (b.seconds > stepBudget[b.step])
      failures.push(`national build, ${stepLabel[b.step]}: ${b.seconds.toFixed(1)} s (budget ${stepBudget[b.step]} s)`);
    if ((b.peakRssBytes ?? 0) > budgets.peakRssBytes)
      failures.push(`national build, ${stepLabel[b.step]}: peak memory ${mb(b.peakRssBytes ?? 0)} (budget ${mb(budgets.peakRssBytes)})`);
  }
  if (anchor && !anchor.ok) failures.push(`anchor build failed (log: ${anchor.logFile})`);
  const cold = national?.find((b) => b.step === "cold" && b.ok);
  if (cold && anchor?.ok && cold.seconds > budgets.coldOverAnchor * anchor.seconds)
    failures.push(
      `national build, cold: ${(cold.seconds / anchor.seconds).toFixed(1)}× the anchor (${cold.seconds.toFixed(1)} s ÷ ${anchor.seconds.toFixed(1)} s; budget ${budgets.coldOverAnchor}×)`,
    );
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
  return failures;
}
