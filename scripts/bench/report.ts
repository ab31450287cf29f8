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
  if (r.build.length) {
    lines.push(
      "## Build time and memory by number of occupations",
      "",
      "`npx tsx scripts/build.ts` (next build + post-export) on the occupations of content/ copied N times under new slugs and titles (scripts/bench/scale-content.ts, in bench/tmp/). Peak RSS: the build and all its child processes, summed, polled every 200 ms; largest process: GNU time's maximum resident set size. Static generation: Next.js's own timing of that phase.",
      "",
      row([
        "scale",
        "occupations",
        "pages",
        "build s",
        "s per page",
        "static generation s",
        "peak RSS MB (all processes)",
        "largest process MB",
      ]),
      row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
      ...[...r.build]
        .sort((a, b) => a.factor - b.factor)
        .map((b) =>
          b.ok && b.pages !== undefined && b.secondsPerPage !== undefined
            ? row([
                `${b.factor}×`,
                b.occupations,
                b.pages,
                b.seconds.toFixed(1),
                b.secondsPerPage.toFixed(3),
                b.staticGenerationSeconds?.toFixed(1) ?? "–",
                mb(b.peakRssBytes),
                mb(b.maxProcessRssBytes),
              ])
            : row([`${b.factor}×`, b.occupations, "–", "failed", "–", "–", "–", "–"]),
        ),
      "",
      "Cost of each added page (slope of the curve): " +
        (marginalSeconds(r.build)
          .map((x) => `${x.from}× → ${x.to}×: ${x.secondsPerAddedPage.toFixed(3)} s`)
          .join("; ") || "–") +
        ".",
      "",
    );
  }
  if (r.skipped.length) lines.push(`Not measured in this run: ${r.skipped.join(", ")}.`, "");
  return lines.join("\n");
}
