// `npm run build`: next build (static export to out/), then the post-export step. On any failure out/ is
// removed, so a half-built site is never served.
// `--keep-runtime` (the benchmark) also keeps the plain export, Next.js's runtime left in, in out-runtime/:
// the same build before the post-export step, so the two differ by that step alone.
// Each phase is timed; the times go to .next/build-phases.json (read by `npm run bench`) and to the last line.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import nextConfig from "../next.config";
import { config, contentDir, romeDir } from "@/lib/site/config";
import { occupationOutputs } from "@/lib/site/outputs";
import { checkContent } from "./check-content";
import {
  BuildCacheError,
  type CacheUnit,
  type CachePlan,
  guideKey,
  occupationUnits,
  planUnits,
  restoreUnits,
  saveUnits,
  unitsToRender,
} from "./output-cache";
import { referentialCacheKey } from "@/lib/referential/cache";
import { referentialUnits } from "@/lib/site/referential-inputs";
import { assetPrefixes, postExport, PostExportError } from "./post-export";
import { cacheReport, prepareBuildCache } from "./build-cache";
import { isBuildFresh, writeBuildStamp } from "./build-stamp";
import { writeHostHeaders } from "../deploy/config";
import { buildSearchIndex } from "./search-index";

const outDir = path.resolve("out");
const runtimeDir = process.argv.includes("--keep-runtime") ? path.resolve("out-runtime") : undefined;
const fail = (message: string, code = 1): never => {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nbuild failed: ${message}; out/ removed.`);
  process.exit(code);
};

// A build for publication needs the site's public address (SITE_URL); without one, or with a loopback one,
// it is a local preview: links point at localhost and the printable fiche prints no QR code.
const siteUrl = config.siteUrl;
if (config.localPreview)
  console.log(
    `\nbuild: LOCAL PREVIEW build for ${siteUrl} (no public SITE_URL): canonical URLs, the sitemap and shared links point at it, and the printable fiche shows relative addresses and no QR code.\n` +
      "       To build for publication, give the public address: SITE_URL=https://guide.example.org npm run build\n",
  );

const started = Date.now();
/** Seconds per phase, in order. */
const phases: Record<string, number> = {};
let mark = performance.now();
const phaseDone = (name: string) => {
  const now = performance.now();
  phases[name] = (phases[name] ?? 0) + (now - mark) / 1000;
  mark = now;
};

// Nothing changed since the last build (code, packages, content, referential, address) and out/ is as it left it:
// there is nothing to do. The benchmark's build with the runtime left in always builds.
if (!runtimeDir && isBuildFresh(outDir)) {
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(
    path.resolve(".next", "build-phases.json"),
    `${JSON.stringify({ phases: { "nothing changed": seconds }, cache: {} }, null, 2)}\n`,
  );
  console.log(
    `build: nothing changed since the last build (code, content, referential, address); out/ kept as it is. Done in ${seconds.toFixed(1)} s`,
  );
  process.exit(0);
}
rmSync(outDir, { recursive: true, force: true });
/**
 * The content check, then the build's units and the files each one makes. The loaded content and referential stay
 * inside: once this returns they are garbage, and the build's own process gives their memory back (about 250 MB at
 * national scale) before Next.js and its workers load them again.
 */
function checkAndPlan() {
  // The content check first: a bad file fails the build with its `file: field: message` lines, and nothing else.
  const { problems, site: checked } = checkContent();
  if (problems.length) {
    for (const issue of problems) console.error(`${issue.file}: ${issue.field}: ${issue.message}`);
    fail(`the content has ${problems.length} problem${problems.length > 1 ? "s" : ""} (listed above; npm run check)`);
  }
  const site = checked ?? fail("the content could not be loaded");
  if (site.rome) {
    const { version, fiches } = site.rome.referential;
    console.log(
      `build: national referential ROME ${version.number} (${version.published}), ${fiches.length} fiches, from ${path.relative(process.cwd(), romeDir ?? "") || "."}`,
    );
  } else
    console.log(
      "\nbuild: NO NATIONAL REFERENTIAL (ROME): no folder at ROME_DIR, ../shared/rome/v460 or data/rome. The site is built with content/ alone;\n" +
        "       its home page says so. To add the 1,584 ROME fiches: npm run referentiel -- <folder of France Travail's CSV files>\n",
    );
  if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true });
  phaseDone("content check");
  // Units whose inputs are unchanged since a build that kept them are not rendered again (scripts/output-cache.ts):
  // each in-depth occupation, each page of the referential. The benchmark's build with the runtime left in renders
  // everything, as the comparison needs every page.
  // The guide-wide content and the address: every page shows them (the layout). An in-depth occupation also shows what
  // the referential says of it: its key takes the whole referential's; a referential page's key takes what it shows.
  const guide = guideKey(contentDir, [siteUrl]);
  const referentialPages = site.rome ? referentialUnits(site.rome, site.content, site.registry) : [];
  const units: CacheUnit[] = [
    ...occupationUnits(
      contentDir,
      createHash("sha256")
        .update(guide)
        .update(romeDir ? referentialCacheKey(romeDir) : "no referential")
        .digest("hex"),
    ),
    ...referentialPages.map((p) => ({
      id: `page${p.path}`,
      group: p.kind,
      key: createHash("sha256").update(guide).update(p.inputs).digest("hex"),
      label: `« ${p.path} »`,
    })),
  ];
  const outputs = new Map<string, string[]>([
    ...[...occupationOutputs(site.content, site.registry)].map(([slug, files]): [string, string[]] => [`metier/${slug}`, files]),
    ...referentialPages.map((p): [string, string[]] => [`page${p.path}`, p.files]),
  ]);
  return { units, outputs, hasReferential: Boolean(site.rome) };
}
const { units, outputs, hasReferential } = checkAndPlan();
// Collected now, not whenever V8 would get to it: Next.js's processes are about to need the memory.
setFlagsFromString("--expose-gc");
(runInNewContext("gc") as () => void)();
const cacheDir = prepareBuildCache();
const planned = planUnits(units, cacheDir);
const plan: CachePlan = runtimeDir ? { units: planned.units.map((u) => ({ ...u, cached: false })), checks: [] } : planned;
const rendering = new Set(unitsToRender(plan).map((u) => u.id));
const occupations = plan.units.filter((u) => u.group === "occupations");
const occupationCheck = plan.checks.find((u) => u.group === "occupations");
console.log(
  `build: ${occupations.filter((u) => u.cached).length} of ${occupations.length} occupations unchanged since a build kept them; rendering ${occupations.filter((u) => rendering.has(u.id)).length}${occupationCheck ? ` (${occupationCheck.label} again, to check the cache)` : ""}`,
);
if (hasReferential) {
  const pages = plan.units.filter((u) => u.group !== "occupations");
  const checks = plan.checks.filter((u) => u.group !== "occupations").length;
  console.log(
    `build: ${pages.filter((u) => u.cached).length} of ${pages.length} pages of the referential unchanged since a build kept them; rendering ${pages.filter((u) => rendering.has(u.id)).length}${checks ? ` (${checks} of them again, to check the cache)` : ""}`,
  );
}
// The plan for Next.js's processes: occupations in a variable, the referential's pages in a file (too many for one).
const renderPlanFile = path.join(cacheDir, "render-plan.json");
writeFileSync(
  renderPlanFile,
  JSON.stringify({ pages: [...rendering].filter((id) => id.startsWith("page/")).map((id) => id.slice("page".length)) }),
);
const renderOnly = [...rendering].filter((id) => id.startsWith("metier/")).map((id) => id.slice("metier/".length));
phaseDone("cache plan");

/** Next.js's own phases, from the lines it prints: each phase ends when the line that starts the next one arrives. */
const nextPhases: [RegExp, string][] = [
  [/Compiled successfully|Compiled with warnings/, "next: compile"],
  [/Generating static pages using \d+ workers? \(0\//, "next: collecting page data"],
  [/✓ Generating static pages/, "next: static generation (pages, previews, data files)"],
];
const nextStatus = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      GUIDE_BUILD_CACHE: cacheDir,
      GUIDE_RENDER_ONLY: renderOnly.join(","),
      GUIDE_RENDER_PLAN: renderPlanFile,
    },
  });
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) for (const [re, name] of nextPhases) if (re.test(line) && !(name in phases)) phaseDone(name);
  });
  child.on("close", (code) => {
    resolve(code ?? 1);
  });
});
if (nextStatus !== 0) fail("next build exited with an error (see above)", nextStatus);
phaseDone("next: export to out/");
if (runtimeDir) cpSync(outDir, runtimeDir, { recursive: true });

try {
  const reused = restoreUnits(plan, outDir);
  phaseDone("unchanged pages copied from the cache");
  const report = await postExport(outDir, assetPrefixes(nextConfig), reused);
  phaseDone("post-export (scripts, spacing check)");
  saveUnits(plan, outDir, outputs, report.processed, cacheDir);
  phaseDone("build cache: pages kept");
  console.log(
    `post-export: ${report.pages} pages, ${report.scripts} framework scripts and preloads removed, ${report.deleted} unused files deleted`,
  );
  // Header rules for hosts that read a _headers file (Netlify, Cloudflare Pages), from deploy/headers.ts.
  writeHostHeaders(outDir);
  const search = await buildSearchIndex(outDir);
  phaseDone("search index");
  console.log(`search index: ${search.pages} pages`);
  writeBuildStamp(outDir);
} catch (error) {
  // The step's own problems are lines to read, not a stack trace.
  console.error(error instanceof PostExportError || error instanceof BuildCacheError ? error.message : error);
  fail("the post-export step or the search index failed");
}
const cache = Object.fromEntries(cacheReport(cacheDir));
writeFileSync(path.resolve(".next", "build-phases.json"), `${JSON.stringify({ phases, cache }, null, 2)}\n`);
for (const [kind, c] of Object.entries(cache))
  console.log(`build cache: ${kind}: ${c.made} made (${(c.ms / 1000).toFixed(1)} s of work), ${c.reused} reused`);
console.log(
  `build: done in ${((Date.now() - started) / 1000).toFixed(1)} s (${Object.entries(phases)
    .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
    .join(", ")})`,
);
