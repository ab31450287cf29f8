// Writes bench/results.json (everything measured, page weights summarised by kind) and bench/results.md (the same,
// as tables).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AnchorEntry } from "./anchor";
import { budgets, stepLabel, type MeasuredPage, type WeighedPage } from "./budgets";
import { categories } from "./lighthouse";
import type { BuildEntry, RenderCounts } from "./measure-build";
import { editedFiche, editedMarkdown } from "./national";
import type { PageWeight } from "./page-weight";

/** The build of the real site (content/ and the referential as they are) whose pages are weighed and measured. */
export interface SiteBuild {
  ok: boolean;
  logFile: string;
  seconds: number;
  /** Built with `--keep-runtime` (Next.js's plain export kept in out-runtime/; every page rendered). */
  runtime: boolean;
  referential: RenderCounts | undefined;
}

/** Page weights of one kind of page (bench/kinds.ts), gzip bytes. */
interface KindWeight {
  kind: string;
  pages: number;
  medianGzip: number;
  maxGzip: number;
  maxPath: string;
  medianHtmlGzip: number;
  maxJsGzip: number;
  /** The same pages in Next.js's plain export, when kept. */
  runtimeMedianGzip: number | undefined;
}

/** Everything `npm run bench` measured. */
export interface BenchResults {
  date: string;
  durationSeconds: number;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; loadAverage: number[]; loadAverageAtEnd: number[]; platform: string };
  versions: { node: string; next: string; lighthouse: string; chromium: string };
  budgets: typeof budgets;
  skipped: string[];
  national: BuildEntry[];
  anchor: AnchorEntry | undefined;
  site: SiteBuild;
  pageWeight: { pages: number; byKind: KindWeight[]; heaviest: WeighedPage[] };
  lighthouse: MeasuredPage[] | undefined;
  failures: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/** Page weights by kind (in the order kinds first appear) and the `top` heaviest pages (gzip, in all). */
export function summarizeWeights(pages: WeighedPage[], top = 10): BenchResults["pageWeight"] {
  const kinds = new Map<string, WeighedPage[]>();
  for (const p of pages) kinds.set(p.kind, [...(kinds.get(p.kind) ?? []), p]);
  const byKind = [...kinds].map(([kind, list]): KindWeight => {
    const heaviest = list.reduce((a, b) => (b.stripped.total.gzip > a.stripped.total.gzip ? b : a));
    const runtime = list.flatMap((p) => (p.runtime ? [p.runtime.total.gzip] : []));
    return {
      kind,
      pages: list.length,
      medianGzip: median(list.map((p) => p.stripped.total.gzip)),
      maxGzip: heaviest.stripped.total.gzip,
      maxPath: heaviest.path,
      medianHtmlGzip: median(list.map((p) => p.stripped.html.gzip)),
      maxJsGzip: Math.max(...list.map((p) => p.stripped.js.gzip)),
      runtimeMedianGzip: runtime.length ? median(runtime) : undefined,
    };
  });
  const heaviest = [...pages].sort((a, b) => b.stripped.total.gzip - a.stripped.total.gzip).slice(0, top);
  return { pages: pages.length, byKind, heaviest };
}

const kb = (n: number | undefined) => (n === undefined ? "–" : (n / 1024).toFixed(1));
const mb = (n: number | undefined) => (n === undefined ? "–" : Math.round(n / 1024 / 1024).toString());
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? `${(a / b).toFixed(1)}×` : "–");
const ms = (n: number | undefined) => (n === undefined ? "–" : Math.round(n).toString());
const seconds = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(1));
const counts = (c: RenderCounts | undefined) => (c ? `${c.rendered} / ${c.kept} (of ${c.total})` : "–");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

export function writeResults(dir: string, results: BenchResults) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(path.join(dir, "results.md"), markdown(results));
}

function markdown(r: BenchResults) {
  const m = r.machine;
  const lines = [
    "# Benchmark: the whole guide, with the national referential",
    "",
    `Run on ${r.date} by \`npm run bench\` (${Math.round(r.durationSeconds)} s), commit ${r.commit}.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} MB memory, load average ${m.loadAverage.map((l) => l.toFixed(2)).join(" / ")} at the start and ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")} at the end` +
      ` (other work on the machine makes times noisy). Node ${r.versions.node}, Next.js ${r.versions.next}, Lighthouse ${r.versions.lighthouse}, ${r.versions.chromium}.`,
    "",
    r.failures.length
      ? `**Budgets missed (${r.failures.length}):**\n\n${r.failures.map((f) => `- ${f}`).join("\n")}`
      : "**All budgets kept.**",
    "",
  ];
  if (r.skipped.length) lines.push(`Not measured in this run: ${r.skipped.join(", ")}.`, "");
  if (r.national.length) lines.push(...nationalSection(r.national, r.anchor));
  if (r.anchor) lines.push(...anchorSection(r.anchor, r.national));
  lines.push(...weightSection(r));
  if (r.lighthouse?.length) lines.push(...lighthouseSection(r.lighthouse, r.versions.lighthouse));
  return lines.join("\n");
}

function nationalSection(build: BuildEntry[], anchor: AnchorEntry | undefined): string[] {
  const budget = {
    cold: budgets.coldSeconds,
    warm: budgets.warmSeconds,
    fiche: budgets.ficheEditedSeconds,
    markdown: budgets.markdownEditedSeconds,
  };
  const phaseNames = [...new Set(build.flatMap((b) => Object.keys(b.phases)))];
  const cold = build.find((b) => b.step === "cold" && b.ok);
  return [
    "## Build time and memory: the whole guide",
    "",
    "`node --import tsx scripts/build.ts` (the whole `npm run build`: content and referential check, next build, post-export, search index) on the national referential and content/, each copied into bench/tmp/ (`ROME_DIR=bench/tmp/rome`, `CONTENT_DIR=bench/tmp/content`) so the edits never touch the shared folder or the repository. One run of each (the builds are long): times are single measurements on a shared machine.",
    "",
    `- **Cold**: .next/ (finished pages, preview images, data files, the parsed referential, Turbopack's compile cache) and out/ removed first, as in a fresh clone. The build does not type-check (\`npm run typecheck\`, run by \`npm test\`).`,
    "- **Warm**: the same build again, nothing changed: the build compares its inputs' fingerprint and out/ with the last build's and does nothing (scripts/build-stamp.ts).",
    `- **One fiche edited**: then " (bench)" appended to the first definition sentence of ${editedFiche} in the copy of unix_texte_v460_utf8.csv.`,
    `- **One markdown edited**: then a sentence appended to the last paragraph of the body of ${editedMarkdown} in the copy of content/ (the fiche's edit stays).`,
    "",
    "Rendered / kept: pages of the referential (and in-depth occupations) the build rendered, and those it copied from its cache, from its `build: N of M … unchanged since a build kept them; rendering K` lines. Peak RSS: the build and all its child processes, summed, polled every 200 ms; largest process: GNU time's maximum resident set size.",
    "",
    row([
      "build",
      "wall s",
      "budget s",
      "pages",
      "referential: rendered / kept",
      "in-depth: rendered / kept",
      "peak RSS MB",
      "largest process MB",
    ]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...build.map((b) =>
      row([
        stepLabel[b.step],
        b.ok ? `**${seconds(b.seconds)}**` : "failed",
        budget[b.step],
        b.pages ?? "–",
        counts(b.referential),
        counts(b.occupations),
        mb(b.peakRssBytes),
        mb(b.maxProcessRssBytes),
      ]),
    ),
    "",
    cold && anchor?.ok
      ? `Cold build ÷ anchor (below): **${ratio(cold.seconds, anchor.seconds)}** (budget ${budgets.coldOverAnchor}×).`
      : "Cold build ÷ anchor: not measured.",
    "",
    "### Where the time goes",
    "",
    "Seconds per phase, as `scripts/build.ts` times them (its last line, and .next/build-phases.json). Next.js's phases end when it prints the line of the next one; its static generation renders the pages, draws the preview images not in the cache and writes the data files, on every core.",
    "",
    row(["phase", ...build.map((b) => stepLabel[b.step])]),
    row(["---", ...build.map(() => "---:")]),
    ...phaseNames.map((name) => row([name, ...build.map((b) => seconds(b.phases[name]))])),
    row(["**total (wall clock)**", ...build.map((b) => (b.ok ? `**${seconds(b.seconds)}**` : "–"))]),
    "",
    "Outputs made / taken from the cache (and the time spent making them, summed over concurrent renders): " +
      build
        .map(
          (b) =>
            `${stepLabel[b.step]}: ${
              Object.entries(b.outputs)
                .map(([kind, o]) => `${kind} ${o.made} / ${o.reused} (${seconds(o.ms / 1000)} s)`)
                .join(", ") || "–"
            }`,
        )
        .join("; ") +
      ".",
    "",
  ];
}

function anchorSection(a: AnchorEntry, build: BuildEntry[]): string[] {
  const cold = build.find((b) => b.step === "cold" && b.ok);
  return [
    "## Anchor: a bare Next.js export of the same fiches",
    "",
    `A minimal App Router project in bench/tmp/anchor/ (bench/anchor.ts), built with this project's Next.js (node_modules linked): \`output: "export"\`, one page per fiche (\`app/fiches/[code]/page.jsx\`, \`generateStaticParams\` over the ${a.fiches} codes) showing its title and definition sentences, read from a JSON file written from the referential's CSV files; the project's \`experimental.cpus\` (every core), so static generation runs on as many workers as the guide's. JSX and no tsconfig: no TypeScript step. Cold: its .next/ removed first (Turbopack's cache with it). Timed: \`node node_modules/next/dist/bin/next build\`, one run.`,
    "",
    row(["", "wall s", "Next.js: compile s", "Next.js: static generation s", "peak RSS MB", "cold build ÷ anchor"]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    row([
      `anchor (${a.fiches} pages)`,
      a.ok ? `**${seconds(a.seconds)}**` : "failed",
      seconds(a.compileSeconds),
      seconds(a.staticGenerationSeconds),
      mb(a.peakRssBytes),
      cold && a.ok ? `**${ratio(cold.seconds, a.seconds)}** (budget ${budgets.coldOverAnchor}×)` : "–",
    ]),
    "",
  ];
}

function weightSection(r: BenchResults): string[] {
  const w = r.pageWeight;
  const runtime = w.byKind.some((k) => k.runtimeMedianGzip !== undefined);
  const cell = (x: PageWeight["html"]) => `${kb(x.gzip)} (${kb(x.raw)})`;
  const site = r.site;
  return [
    "## Page weight",
    "",
    `Every page of the sitemap (${w.pages}), of the real site (content/ and the referential as they are), built after the national builds${site.runtime ? " with `--keep-runtime`, which renders every page and keeps Next.js's plain export in out-runtime/" : ""} (${seconds(site.seconds)} s; referential rendered / kept: ${counts(site.referential)}). What a page loads: its HTML plus the stylesheets and scripts it references, in KB (1 KB = 1024 bytes), gzip like the server sends it. Budget, every page: ${kb(budgets.pageGzipBytes)} KB gzip in all, ${kb(budgets.jsGzipBytes)} KB gzip of JS.${runtime ? ' "Runtime": the same pages in Next.js\'s plain export, before the post-export step.' : ""}`,
    "",
    row([
      "kind",
      "pages",
      "median gzip",
      "max gzip",
      "heaviest",
      "median HTML gzip",
      "max JS gzip",
      ...(runtime ? ["runtime: median gzip", "runtime ÷ stripped"] : []),
    ]),
    row(["---", "---:", "---:", "---:", "---", "---:", "---:", ...(runtime ? ["---:", "---:"] : [])]),
    ...w.byKind.map((k) =>
      row([
        `\`${k.kind}\``,
        k.pages,
        kb(k.medianGzip),
        `**${kb(k.maxGzip)}**`,
        `\`${k.maxPath}\``,
        kb(k.medianHtmlGzip),
        kb(k.maxJsGzip),
        ...(runtime ? [kb(k.runtimeMedianGzip), ratio(k.runtimeMedianGzip, k.medianGzip)] : []),
      ]),
    ),
    "",
    `The ${w.heaviest.length} heaviest pages, KB gzip (raw in brackets):`,
    "",
    row(["page", "HTML", "CSS", "JS", "total"]),
    row(["---", "---:", "---:", "---:", "---:"]),
    ...w.heaviest.map((p) =>
      row([`\`${p.path}\``, cell(p.stripped.html), cell(p.stripped.css), cell(p.stripped.js), `**${cell(p.stripped.total)}**`]),
    ),
    "",
  ];
}

function lighthouseSection(pages: MeasuredPage[], version: string): string[] {
  const sites = pages.some((p) => p.runtime) ? (["stripped", "runtime"] as const) : (["stripped"] as const);
  const lines = [
    "## Lighthouse (mobile), one page of each kind",
    "",
    `Lighthouse ${version}, mobile preset (emulated phone, simulated slow 4G and 4× CPU slowdown), median of ${pages[0]?.stripped.runs ?? 0} runs, on the first page of each kind in the sitemap (and /fiches/m1855). Each site served by \`serve\` with the configuration of \`npm start\`, on its own loopback port${sites.length > 1 ? "; the runtime site's Content-Security-Policy also allows inline scripts, without which Next.js's runtime does not run at all" : ""}. Scores: performance / accessibility / best practices / SEO. Transfer: Lighthouse's total byte weight.`,
    "",
    row(["kind", "page", "site", "scores", "LCP ms", "TBT ms", "CLS", "transfer KB"]),
    row(["---", "---", "---", "---", "---:", "---:", "---:", "---:"]),
  ];
  for (const page of pages)
    for (const site of sites) {
      const x = page[site];
      if (x)
        lines.push(
          row([
            `\`${page.label}\``,
            `\`${page.path}\``,
            site,
            categories.map((c) => x.scores[c]).join(" / "),
            ms(x.lcpMs),
            ms(x.tbtMs),
            x.cls.toFixed(3),
            kb(x.transferBytes),
          ]),
        );
    }
  const lost = pages.flatMap((p) => sites.flatMap((s) => (p[s]?.lost ?? []).map((l) => `${p.path} (${s}): ${l}`)));
  lines.push(
    "",
    lost.length ? `Audits that lost points in some run:\n\n${lost.map((l) => `- ${l}`).join("\n")}` : "No audit lost points.",
    "",
  );
  return lines;
}
