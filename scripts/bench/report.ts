// Writes bench/results.json (everything measured) and bench/results.md (the same, as tables).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { budgets, marginalSeconds, type MeasuredPage, type WeighedPage } from "./budgets";
import { categories } from "./lighthouse";
import type { BuildEntry } from "./measure-build";
import type { PageWeight } from "./page-weight";

/** Everything `npm run bench` measured. */
export interface BenchResults {
  date: string;
  durationSeconds: number;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; loadAverage: number[]; loadAverageAtEnd: number[]; platform: string };
  versions: { node: string; next: string; lighthouse: string; chromium: string };
  budgets: typeof budgets;
  skipped: string[];
  pages: WeighedPage[];
  lighthouse: MeasuredPage[] | undefined;
  build: BuildEntry[];
  failures: string[];
}

const kb = (n: number | undefined) => (n === undefined ? "–" : (n / 1024).toFixed(1));
const mb = (n: number | undefined) => (n === undefined ? "–" : Math.round(n / 1024 / 1024).toString());
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(1)}×` : "–");
const ms = (n: number | undefined) => (n === undefined ? "–" : Math.round(n).toString());
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

export function writeResults(dir: string, results: BenchResults) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(path.join(dir, "results.md"), markdown(results));
}

function markdown(r: BenchResults) {
  const m = r.machine;
  const lines = [
    "# Benchmark: pages without the framework's runtime",
    "",
    `Run on ${r.date} by \`npm run bench\` (${Math.round(r.durationSeconds)} s), commit ${r.commit}.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} MB memory, load average ${m.loadAverage.map((l) => l.toFixed(2)).join(" / ")} at the start and ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")} at the end` +
      ` (other work on the machine makes times noisy). Node ${r.versions.node}, Next.js ${r.versions.next}, Lighthouse ${r.versions.lighthouse}, ${r.versions.chromium}.`,
    "",
    r.failures.length
      ? `**Budgets missed (${r.failures.length}):**\n\n${r.failures.map((f) => `- ${f}`).join("\n")}`
      : "**All budgets kept.**",
    "",
    "## Page weight",
    "",
    `What each page of the sitemap loads: its HTML plus the stylesheets and scripts it references, in KB (1 KB = 1024 bytes), gzip like the server sends it, raw in brackets. "Stripped" is what \`npm run build\` ships; "runtime" is the same build before the post-export step (Next.js's plain export). Budget: ${kb(budgets.pageGzipBytes)} KB gzip in all, ${kb(budgets.jsGzipBytes)} KB gzip of JS.`,
    "",
    row(["page", "HTML", "CSS", "JS", "total", "runtime: HTML", "runtime: JS", "runtime: total", "runtime ÷ stripped"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...r.pages.map((p) => {
      const s = p.stripped;
      const n = p.runtime;
      const cell = (w: PageWeight["html"]) => `${kb(w.gzip)} (${kb(w.raw)})`;
      return row([
        `\`${p.path}\``,
        cell(s.html),
        cell(s.css),
        cell(s.js),
        `**${cell(s.total)}**`,
        cell(n.html),
        cell(n.js),
        cell(n.total),
        ratio(n.total.gzip, s.total.gzip),
      ]);
    }),
    "",
  ];
  if (r.lighthouse?.length) {
    lines.push(
      "## Lighthouse (mobile)",
      "",
      `Lighthouse ${r.versions.lighthouse}, mobile preset (emulated phone, simulated slow 4G and 4× CPU slowdown), median of ${r.lighthouse[0]?.stripped.runs ?? 0} runs. Each site served by \`serve\` with the configuration of \`npm start\`, on its own loopback port; the runtime site's Content-Security-Policy also allows inline scripts, without which Next.js's runtime does not run at all. Scores: performance / accessibility / best practices / SEO. Transfer: Lighthouse's total byte weight.`,
      "",
      row(["page", "site", "scores", "LCP ms", "TBT ms", "CLS", "transfer KB"]),
      row(["---", "---", "---", "---:", "---:", "---:", "---:"]),
    );
    for (const page of r.lighthouse)
      for (const site of ["stripped", "runtime"] as const) {
        const x = page[site];
        lines.push(
          row([
            `${page.label} \`${page.path}\``,
            site,
            categories.map((c) => x.scores[c]).join(" / "),
            ms(x.lcpMs),
            ms(x.tbtMs),
            x.cls.toFixed(3),
            kb(x.transferBytes),
          ]),
        );
      }
    const lost = r.lighthouse.flatMap((p) =>
      (["stripped", "runtime"] as const).flatMap((s) => p[s].lost.map((l) => `${p.path} (${s}): ${l}`)),
    );
    lines.push(
      "",
      lost.length ? `Audits that lost points in some run:\n\n${lost.map((l) => `- ${l}`).join("\n")}` : "No audit lost points.",
      "",
    );
  }
  if (r.build.length) lines.push(...buildSection(r.build));
  if (r.skipped.length) lines.push(`Not measured in this run: ${r.skipped.join(", ")}.`, "");
  return lines.join("\n");
}

const seconds = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(1));

function buildSection(build: BuildEntry[]): string[] {
  const factors = [...new Set(build.map((b) => b.factor))].sort((a, b) => a - b);
  const find = (factor: number, cache: BuildEntry["cache"]) => build.find((b) => b.factor === factor && b.cache === cache);
  const phaseNames = [...new Set(build.flatMap((b) => Object.keys(b.phases)))];
  const columns = factors.flatMap((f) => (["cold", "warm", "edit"] as const).map((c) => ({ factor: f, cache: c, entry: find(f, c) })));
  const slopes = (cache: BuildEntry["cache"]) =>
    marginalSeconds(build.filter((b) => b.cache === cache))
      .map((x) => `${x.from}× → ${x.to}×: ${x.secondsPerAddedPage.toFixed(3)} s`)
      .join("; ") || "–";
  return [
    "## Build time and memory by number of occupations",
    "",
    "`npx tsx scripts/build.ts` (the whole `npm run build`: content check, next build, post-export, search index) on the occupations of content/ copied N times under new slugs and titles (scripts/bench/scale-content.ts, in bench/tmp/). **Cold**: the build cache (.next/cache/guide) emptied first, so every page, preview image and data file is made (Turbopack's own compile cache is kept). **Warm**: the same build again, nothing changed. **One edited**: then a paragraph added to one occupation's main text. Peak RSS: the build and all its child processes, summed, polled every 200 ms; largest process: GNU time's maximum resident set size.",
    "",
    row([
      "scale",
      "occupations",
      "pages",
      "cold s",
      "cold s per page",
      "warm s",
      "one edited s",
      "edited ÷ cold",
      "cold peak RSS MB",
      "largest process MB",
    ]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...factors.map((f) => {
      const cold = find(f, "cold");
      const warm = find(f, "warm");
      const edit = find(f, "edit");
      return row([
        `${f}×`,
        cold?.occupations ?? "–",
        cold?.pages ?? "–",
        cold?.ok ? seconds(cold.seconds) : "failed",
        cold?.secondsPerPage?.toFixed(3) ?? "–",
        warm?.ok ? seconds(warm.seconds) : "–",
        edit?.ok ? seconds(edit.seconds) : "–",
        cold?.ok && edit?.ok ? `${Math.round((100 * edit.seconds) / cold.seconds)} %` : "–",
        mb(cold?.peakRssBytes),
        mb(cold?.maxProcessRssBytes),
      ]);
    }),
    "",
    `Cost of each added page (slope between scales), cold: ${slopes("cold")}. Warm: ${slopes("warm")}. One edited: ${slopes("edit")}.`,
    "",
    "### Where the time goes",
    "",
    "Seconds per phase, as `scripts/build.ts` times them (its last line, and .next/build-phases.json). Next.js's phases end when it prints the line of the next one; its static generation renders the pages, draws the preview images not in the cache and writes the data files, on every core.",
    "",
    row(["phase", ...columns.map((c) => `${c.factor}× ${c.cache === "edit" ? "one edited" : c.cache}`)]),
    row(["---", ...columns.map(() => "---:")]),
    ...phaseNames.map((name) => row([name, ...columns.map((c) => seconds(c.entry?.phases[name]))])),
    row(["**total (wall clock)**", ...columns.map((c) => (c.entry?.ok ? `**${seconds(c.entry.seconds)}**` : "–"))]),
    "",
    "Preview images drawn / taken from the cache (and the time spent drawing them, summed over concurrent renders): " +
      columns
        .map((c) => {
          const o = c.entry?.outputs.apercus;
          return o ? `${c.factor}× ${c.cache}: ${o.made} / ${o.reused} (${seconds(o.ms / 1000)} s)` : undefined;
        })
        .filter(Boolean)
        .join("; ") +
      ".",
    "",
  ];
}
