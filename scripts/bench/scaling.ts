// The build-scaling part of `npm run bench`: at each scale (content/'s occupations copied N times), a cold build
// (the build cache emptied first: every page, preview and data file made), a warm one (nothing changed) and one
// after an edit to a single occupation, each timed per phase (scripts/build.ts) with its peak memory.
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { type BuildEntry, measureBuild, staticGenerationSeconds } from "./measure-build";
import { sitemapPaths } from "./page-weight";
import { scaleContent } from "./scale-content";

const outDir = path.resolve("out");
const buildCache = path.resolve(".next", "cache", "guide");

/** Edits one occupation of `contentDir`: a paragraph added at the end of its main page's text. */
function editOccupation(contentDir: string, slug: string, round: number) {
  const index = path.join(contentDir, "metiers", slug, "index.md");
  appendFileSync(index, `\n\nParagraphe ajouté pour mesurer une reconstruction (${round}).\n`);
}

export async function measureScaling(baseContent: string, factors: number[], tmp: string, say: (m: string) => void): Promise<BuildEntry[]> {
  const entries: BuildEntry[] = [];
  for (const factor of [...factors].sort((a, b) => a - b)) {
    const content = path.join(tmp, `content-x${factor}`);
    const occupations = scaleContent(baseContent, content, factor);
    // The edit touches the last copy of the content's first occupation.
    const metiers = path.join(baseContent, "metiers");
    const base = readdirSync(metiers)
      .filter((name) => statSync(path.join(metiers, name)).isDirectory())
      .sort()[0];
    if (!base) throw new Error(`${metiers}: no occupation`);
    const edited = factor > 1 ? `${base}-${factor}` : base;
    rmSync(buildCache, { recursive: true, force: true });
    for (const cache of ["cold", "warm", "edit"] as const) {
      if (cache === "edit") editOccupation(content, edited, 1);
      const logFile = path.join(tmp, `build-x${factor}-${cache}.log`);
      say(`building at ${factor}×, ${cache} (log: ${path.relative(process.cwd(), logFile)})…`);
      const result = await measureBuild(["--import", "tsx", "scripts/build.ts"], { env: { CONTENT_DIR: content }, logFile });
      const pages = result.ok ? sitemapPaths(outDir).length : undefined;
      const phasesFile = path.resolve(".next", "build-phases.json");
      const report =
        result.ok && existsSync(phasesFile)
          ? (JSON.parse(readFileSync(phasesFile, "utf8")) as Pick<BuildEntry, "phases"> & { cache: BuildEntry["outputs"] })
          : { phases: {}, cache: {} };
      entries.push({
        factor,
        cache,
        occupations,
        ok: result.ok,
        logFile: path.relative(process.cwd(), logFile),
        pages,
        seconds: result.seconds,
        secondsPerPage: pages ? result.seconds / pages : undefined,
        staticGenerationSeconds: staticGenerationSeconds(result.log),
        peakRssBytes: result.peakRssBytes,
        maxProcessRssBytes: result.maxProcessRssBytes,
        phases: report.phases,
        outputs: report.cache,
      });
      say(
        result.ok
          ? `${factor}× ${cache}: ${pages} pages in ${result.seconds.toFixed(1)} s, peak ${Math.round((result.peakRssBytes ?? 0) / 2 ** 20)} MB`
          : `${factor}× ${cache}: build FAILED`,
      );
      if (!result.ok) break;
    }
    rmSync(content, { recursive: true, force: true });
  }
  return entries;
}
