// `npm run build`: next build (static export to out/), then the post-export step. On any failure out/ is
// removed, so a half-built site is never served.
// `--keep-runtime` (the benchmark) also keeps the plain export, Next.js's runtime left in, in out-runtime/:
// the same build before the post-export step, so the two differ by that step alone.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import nextConfig from "../next.config";
import { contentProblems } from "./check-content";
import { assetPrefixes, postExport, PostExportError } from "./post-export";
import { writeBuildStamp } from "./build-stamp";
import { writeHostHeaders } from "./deploy-config";
import { buildSearchIndex } from "./search-index";

const outDir = path.resolve("out");
const runtimeDir = process.argv.includes("--keep-runtime") ? path.resolve("out-runtime") : undefined;
const fail = (message: string, code = 1): never => {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nbuild failed: ${message}; out/ removed.`);
  process.exit(code);
};

rmSync(outDir, { recursive: true, force: true });
// The content check first: a bad file fails the build with its `file: field: message` lines, and nothing else.
const problems = contentProblems();
if (problems.length) {
  for (const issue of problems) console.error(`${issue.file}: ${issue.field}: ${issue.message}`);
  fail(`the content has ${problems.length} problem${problems.length > 1 ? "s" : ""} (listed above; npm run check)`);
}
if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true });
const started = Date.now();
const next = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
if (next.status !== 0) fail("next build exited with an error (see above)", next.status || 1);
if (runtimeDir) cpSync(outDir, runtimeDir, { recursive: true });

try {
  const report = postExport(outDir, assetPrefixes(nextConfig));
  console.log(
    `post-export: ${report.pages} pages, ${report.scripts} framework scripts and preloads removed, ${report.deleted} unused files deleted, ${report.glossaryLinks} glossary links`,
  );
  // Header rules for hosts that read a _headers file (Netlify, Cloudflare Pages), from deploy/headers.ts.
  writeHostHeaders(outDir);
  const search = await buildSearchIndex(outDir);
  console.log(`search index: ${search.pages} pages`);
  writeBuildStamp();
} catch (error) {
  // The step's own problems are lines to read, not a stack trace.
  console.error(error instanceof PostExportError ? error.message : error);
  fail("the post-export step or the search index failed");
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
