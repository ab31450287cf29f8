// The national build measurements of `npm run bench`: the whole guide (the referential's 1,818 pages, the in-depth
// occupations and the guide's own pages) built from copies in bench/tmp/ — the referential's CSV files
// (bench/tmp/rome/, ROME_DIR) and content/ (bench/tmp/content/, CONTENT_DIR) — so the edits below never touch the
// shared folder or the repository. Four builds, one run each (each is long), each timed per phase
// (scripts/build.ts) with its peak memory and the pages it rendered and kept:
//   cold      .next/ and out/ removed first, as in a fresh clone (Turbopack's compile cache goes with .next/);
//   warm      the same build again, nothing changed;
//   fiche     one sentence of one fiche's definition changed in the copy of the texts file;
//   markdown  one sentence added to a paragraph of an in-depth occupation's main page, in the copy of content/.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BuildEntry, measureBuild, renderCounts } from "./measure-build";
import { sitemapPaths } from "./page-weight";

/** The fiche whose definition the `fiche` step edits, and the occupation whose markdown the `markdown` step edits. */
export const editedFiche = "M1855";
export const editedMarkdown = "metiers/developpeur-back-end/index.md";
const textsFile = "unix_texte_v460_utf8.csv";

/**
 * Appends " (bench)" inside the quotes of the first definition sentence of fiche `code` in ROME's texts file
 * (`"code_rome","code_compo_bloc","libelle_type_texte","position_phrase","libelle_texte"`, every field quoted, a
 * quote inside a field doubled). Throws when the file has no such row.
 */
export function editFicheDefinition(text: string, code: string) {
  const row = new RegExp(`^("${code}","[^"]*","definition","[^"]*","(?:[^"]|"")*)"(\\r?)$`, "m");
  if (!row.test(text)) throw new Error(`${textsFile}: no definition row for ${code}`);
  return text.replace(row, '$1 (bench)"$2');
}

/** Appends a sentence to the last paragraph of a markdown file's body (its last line, which must be prose). */
export function editMarkdownParagraph(text: string) {
  const body = text.trimEnd();
  const last = body.slice(body.lastIndexOf("\n") + 1);
  if (!/^[\p{L}«(]/u.test(last)) throw new Error(`${editedMarkdown}: its last line is not a paragraph: ${last}`);
  return `${body} Phrase ajoutée pour mesurer une reconstruction.\n`;
}

export async function measureNational(
  { romeDir, contentDir, tmp }: { romeDir: string; contentDir: string; tmp: string },
  say: (message: string) => void,
): Promise<BuildEntry[]> {
  const rome = path.join(tmp, "rome");
  const content = path.join(tmp, "content");
  for (const [from, to] of [
    [romeDir, rome],
    [contentDir, content],
  ] as const) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
  const edits = {
    fiche: () => {
      const file = path.join(rome, textsFile);
      writeFileSync(file, editFicheDefinition(readFileSync(file, "utf8"), editedFiche));
    },
    markdown: () => {
      const file = path.join(content, editedMarkdown);
      writeFileSync(file, editMarkdownParagraph(readFileSync(file, "utf8")));
    },
  };
  const phasesFile = path.resolve(".next", "build-phases.json");
  const entries: BuildEntry[] = [];
  for (const step of ["cold", "warm", "fiche", "markdown"] as const) {
    if (step === "cold") for (const dir of [".next", "out"]) rmSync(path.resolve(dir), { recursive: true, force: true });
    if (step === "fiche" || step === "markdown") edits[step]();
    rmSync(phasesFile, { force: true });
    const logFile = path.join(tmp, `build-national-${step}.log`);
    say(`national build, ${step} (log: ${path.relative(process.cwd(), logFile)})…`);
    const result = await measureBuild(["--import", "tsx", "scripts/build.ts"], { env: { ROME_DIR: rome, CONTENT_DIR: content }, logFile });
    const report =
      result.ok && existsSync(phasesFile)
        ? (JSON.parse(readFileSync(phasesFile, "utf8")) as Pick<BuildEntry, "phases"> & { cache: BuildEntry["outputs"] })
        : { phases: {}, cache: {} };
    const entry: BuildEntry = {
      step,
      ok: result.ok,
      logFile: path.relative(process.cwd(), logFile),
      pages: result.ok ? sitemapPaths(path.resolve("out")).length : undefined,
      seconds: result.seconds,
      peakRssBytes: result.peakRssBytes,
      maxProcessRssBytes: result.maxProcessRssBytes,
      referential: renderCounts(result.log, "pages of the referential"),
      occupations: renderCounts(result.log, "occupations"),
      phases: report.phases,
      outputs: report.cache,
    };
    entries.push(entry);
    say(
      result.ok
        ? `${step}: ${entry.pages} pages in ${result.seconds.toFixed(1)} s, ${entry.referential?.rendered ?? "?"} of the referential's ${entry.referential?.total ?? "?"} rendered, peak ${Math.round((result.peakRssBytes ?? 0) / 2 ** 20)} MB`
        : `${step}: build FAILED (log: ${entry.logFile})`,
    );
    if (!result.ok) break;
  }
  return entries;
}
