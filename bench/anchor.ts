// The anchor of the build-time budget: a bare Next.js static export of the referential's 1,584 fiches as plain
// pages, built with this project's installed Next.js, to which the guide's cold build is compared (issue: within
// 5×). Written to bench/tmp/anchor/ (git-ignored):
//   package.json       {"type": "module"}, nothing else;
//   next.config.mjs    output: "export", Turbopack's root at this project (node_modules is a link to its own), and
//                      the project's `experimental.cpus` (static generation on every core), so the two compare alike;
//   app/layout.jsx, app/fiches/[code]/page.jsx
//                      `generateStaticParams` over the codes; each page shows the fiche's title and its definition
//                      sentences, read from fiches.json (written here from the CSV files with csv-parse). JSX, not
//                      TSX, and no tsconfig: Next.js has no TypeScript step to run, so only compiling and rendering
//                      are timed;
//   node_modules       a symbolic link to this project's.
// Cold: the anchor's .next/ removed first (Turbopack's cache with it). Timed: `node node_modules/next/dist/bin/next
// build` there, with its peak memory (bench/measure-build.ts).
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { compileSeconds, measureBuild, staticGenerationSeconds } from "./measure-build";

interface AnchorFiche {
  code: string;
  title: string;
  definition: string[];
}

/** What the anchor measured. */
export interface AnchorEntry {
  ok: boolean;
  logFile: string;
  fiches: number;
  seconds: number;
  /** Next.js's own figures, from its output. */
  compileSeconds: number | undefined;
  staticGenerationSeconds: number | undefined;
  peakRssBytes: number | undefined;
  maxProcessRssBytes: number | undefined;
}

type Row = Record<string, string>;
const read = (dir: string, name: string) => parse<Row>(readFileSync(path.join(dir, name)), { columns: true, bom: true });
/** ROME's files write an apostrophe inside a field twice. */
const undouble = (text: string) => text.replaceAll("''", "'");

/** The fiches of the referential in `romeDir`: code, title, definition sentences in their order. */
export function anchorFiches(romeDir: string): AnchorFiche[] {
  const definitions = new Map<string, { position: number; text: string }[]>();
  for (const row of read(romeDir, "unix_texte_v460_utf8.csv")) {
    if (row.libelle_type_texte !== "definition" || !row.code_rome) continue;
    const list = definitions.get(row.code_rome) ?? [];
    list.push({ position: Number(row.position_phrase), text: undouble(row.libelle_texte ?? "") });
    definitions.set(row.code_rome, list);
  }
  return read(romeDir, "unix_referentiel_code_rome_v460_utf8.csv").map((row) => {
    const code = row.code_rome ?? "";
    return {
      code,
      title: undouble(row.libelle_rome ?? ""),
      definition: (definitions.get(code) ?? []).sort((a, b) => a.position - b.position).map((d) => d.text),
    };
  });
}

const files = (root: string): Record<string, string> => ({
  "package.json": `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`,
  "next.config.mjs": `export default {
  output: "export",
  turbopack: { root: ${JSON.stringify(root)} },
  experimental: { cpus: ${availableParallelism()} },
};
`,
  "app/layout.jsx": `export const metadata = { title: "Fiches ROME" };

export default function Layout({ children }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/fiches/[code]/page.jsx": `import { readFileSync } from "node:fs";
import path from "node:path";

const fiches = JSON.parse(readFileSync(path.join(process.cwd(), "fiches.json"), "utf8"));
const byCode = new Map(fiches.map((f) => [f.code.toLowerCase(), f]));

export const dynamicParams = false;

export function generateStaticParams() {
  return fiches.map((f) => ({ code: f.code.toLowerCase() }));
}

export async function generateMetadata({ params }) {
  const { code } = await params;
  return { title: byCode.get(code).title };
}

export default async function Fiche({ params }) {
  const { code } = await params;
  const fiche = byCode.get(code);
  return (
    <main>
      <h1>{fiche.title}</h1>
      {fiche.definition.map((sentence, i) => (
        <p key={i}>{sentence}</p>
      ))}
    </main>
  );
}
`,
});

/** Writes the anchor project into `dir` (emptied first) for the fiches of `romeDir`; returns the number of fiches. */
function writeAnchor(romeDir: string, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files(process.cwd()))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const fiches = anchorFiches(romeDir);
  writeFileSync(path.join(dir, "fiches.json"), JSON.stringify(fiches));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  return fiches.length;
}

/** Writes the anchor project into `<tmp>/anchor`, builds it cold and measures the build. */
export async function measureAnchor(romeDir: string, tmp: string, say: (message: string) => void): Promise<AnchorEntry> {
  const dir = path.join(tmp, "anchor");
  const fiches = writeAnchor(romeDir, dir);
  const logFile = path.join(tmp, "build-anchor.log");
  say(`anchor: bare Next.js export of ${fiches} fiches (log: ${path.relative(process.cwd(), logFile)})…`);
  const result = await measureBuild([path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    logFile,
  });
  const entry: AnchorEntry = {
    ok: result.ok,
    logFile: path.relative(process.cwd(), logFile),
    fiches,
    seconds: result.seconds,
    compileSeconds: compileSeconds(result.log),
    staticGenerationSeconds: staticGenerationSeconds(result.log),
    peakRssBytes: result.peakRssBytes,
    maxProcessRssBytes: result.maxProcessRssBytes,
  };
  say(entry.ok ? `anchor: ${fiches} fiches in ${result.seconds.toFixed(1)} s` : `anchor: build FAILED (log: ${entry.logFile})`);
  return entry;
}
