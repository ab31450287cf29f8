// `npm run referentiel -- <folder>`: installs the national referential (ROME 4.0, France Travail's bulk CSV export,
// unzipped) into data/rome/. Every check of the loader runs first; on any problem it prints one line per problem,
// `file: field: message`, on stderr, copies nothing and exits 1. On success data/rome/ holds exactly the files the
// loader reads plus version.txt (the old content is replaced), and one line says what was installed.
// A .zip is not read: unzip it first.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError, formatIssue } from "@/lib/content/errors";
import { loadReferential, referentialFilePaths } from "@/lib/referential/load";

/** The project root (this script is in scripts/). */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Installed {
  version: string;
  fiches: number;
  titles: number;
  /** The folder the files were copied to. */
  target: string;
}

/**
 * Checks the referential in `source` (throws the loader's `ContentError`, having copied nothing) and copies the files
 * the loader reads into `target`, replacing what was there (copied beside it first, then swapped in).
 */
export function installReferential(source: string, target: string = path.join(projectRoot, "data", "rome")): Installed {
  const referential = loadReferential(source);
  const files = referentialFilePaths(source);
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const file of files) cpSync(file, path.join(staging, path.basename(file)));
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
  return {
    version: referential.version.number,
    fiches: referential.fiches.length,
    titles: referential.fiches.reduce((n, fiche) => n + fiche.titles.length, 0),
    target,
  };
}

/** The line printed on success. */
function installedLine(installed: Installed): string {
  const where = path.relative(process.cwd(), installed.target) || ".";
  return `ROME ${installed.version} (${installed.fiches} fiches, ${installed.titles} titles) installed in ${where}/`;
}

/** Runs the command on its arguments; returns the exit code. */
export function main(args: readonly string[], target?: string): number {
  const [source, ...rest] = args.filter((a) => a !== "--");
  if (source === undefined || rest.length > 0) {
    console.error("usage: npm run referentiel -- <folder holding the ROME CSV files (unzipped)>");
    return 1;
  }
  if (source.toLowerCase().endsWith(".zip")) {
    console.error(`${source}: (file): a .zip is not read here: unzip it, then give the folder`);
    return 1;
  }
  try {
    console.log(installedLine(installReferential(source, target)));
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  process.exitCode = main(process.argv.slice(2));
}
