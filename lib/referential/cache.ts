import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadReferential, referentialFilePaths } from "./load";
import type { Referential } from "./model";

/**
 * The referential of `dir`, through a cache: `cacheDir/referential-<hash>.json` holds the result of
 * `loadReferential`, keyed by a sha256 of the names, sizes and contents of every file the loader reads and of
 * `codeKey` (the caller's version of the loader code: pass a hash of lib/referential/*.ts, so that a change of the
 * loader invalidates the cache; the bundler of Next.js gives no reliable path to read them from here).
 *
 * A hit reads the JSON back (checked only for a `version`); a miss loads, validates, writes the JSON under a
 * temporary name then renames it (a concurrent reader never sees half a file), and removes the older
 * `referential-*.json` of `cacheDir`. Problems of the files throw the loader's `ContentError`; a cache file that does
 * not parse is ignored and rewritten.
 */
export function loadReferentialCached(dir: string, cacheDir: string, codeKey = loaderCodeKey()): Referential {
  const key = referentialCacheKey(dir, codeKey);
  const target = path.join(cacheDir, `referential-${key}.json`);
  const cached = readCached(target);
  if (cached) return cached;

  const referential = loadReferential(dir);
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, JSON.stringify(referential));
  renameSync(temporary, target);
  for (const name of readdirSync(cacheDir)) {
    if (/^referential-[0-9a-f]+\.json$/.test(name) && path.join(cacheDir, name) !== target)
      rmSync(path.join(cacheDir, name), { force: true });
  }
  return referential;
}

/**
 * A hash of the loader's own code (lib/referential/*.ts, and the French spacing it applies), read from the project
 * folder (the working directory of every command and of Next.js's build), so a change of the loader never reads a
 * result the old code made.
 */
function loaderCodeKey(root: string = process.cwd()): string {
  const hash = createHash("sha256");
  for (const name of ["referential/load.ts", "referential/model.ts", "content/french-spacing.ts"]) {
    try {
      hash.update(readFileSync(path.join(root, "lib", name)));
    } catch {
      hash.update(`${name} unreadable`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The sha256 (hex) of the files `loadReferential(dir)` reads and of `codeKey`; throws the loader's `ContentError` when files are missing. */
export function referentialCacheKey(dir: string, codeKey = loaderCodeKey()): string {
  const hash = createHash("sha256");
  hash.update(`loader ${codeKey}\0`);
  for (const file of referentialFilePaths(dir)) {
    hash.update(`${path.basename(file)}\0${statSync(file).size}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function readCached(file: string): Referential | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<Referential> | null;
    if (value && typeof value === "object" && value.version && Array.isArray(value.fiches)) return value as Referential;
  } catch {
    // Not JSON (a file written by hand, a disk full…): load again.
  }
  return undefined;
}
