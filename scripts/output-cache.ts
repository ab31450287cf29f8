// Rebuild what changed. The build keeps finished files (after the post-export step) in the build cache, in units,
// each under a hash of exactly what it is made from, and renders only the units whose hash it has not seen:
// - an in-depth occupation (its pages, their preview images, its open data files): the guide-wide content
//   (everything outside content/metiers/), the occupation's own folder, the address built for and the referential;
//   no page of an occupation reads another occupation;
// - each page made from the national referential (and its fiche's open data file): what that page shows, as
//   lib/site/referential-inputs.ts lists it, with the guide-wide content and the address.
// The pages that show every occupation (home, search, glossary, sources, data, 404, sitemap, search shards) are the
// guide's, rendered by every build. The code is in the cache folder's name (scripts/build-cache.ts).
// In each group of units (the occupations; each kind of referential page) one kept unit is rendered anyway when the
// group has nothing else to render, and its fresh files must equal the kept ones byte for byte: a difference means a
// page reads something its hash leaves out, and the build fails instead of shipping stale pages. (Next.js also needs
// one page per dynamic route to export.)
import { createHash } from "node:crypto";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { filesUnder } from "./files";
import type { PageRecord } from "./post-export";

/** A unit of the build's output, before planning: what it is and the hash of its inputs. */
export interface CacheUnit {
  /** Unique, stable name: `metier/<slug>`, `page/fiches/m1855`. */
  id: string;
  /** Units of a group are checked together: the occupations, or the pages of one kind. */
  group: string;
  /** Hash of the unit's inputs (the code's is the cache folder's name). */
  key: string;
  /** How the build's messages name it: « developpeur-back-end », « /fiches/m1855 ». */
  label: string;
}

interface PlannedUnit extends CacheUnit {
  /** Its entry in the cache: files/ (as in out/) and records.json. */
  dir: string;
  cached: boolean;
}

/** The cache gave files a fresh render does not: the build stops. */
export class BuildCacheError extends Error {
  override name = "BuildCacheError";
}

export interface CachePlan {
  units: PlannedUnit[];
  /** The kept units rendered again to check the cache (one per group that has nothing else to render). */
  checks: PlannedUnit[];
}

const slash = (p: string) => p.split(path.sep).join("/");
const isDirectory = (p: string) => statSync(p).isDirectory();
/** A unit's folder name: its id, readable, with `/` as `__`. */
const folderOf = (id: string) => id.replace(/[^a-zA-Z0-9._-]+/g, "__");

/** Units whose files this build makes: the ones not kept, and the checks. */
export function unitsToRender(plan: CachePlan): PlannedUnit[] {
  return plan.units.filter((u) => !u.cached || plan.checks.includes(u));
}

/** Which units are kept in `cacheDir`, and which kept ones are rendered again to check the cache. */
export function planUnits(units: readonly CacheUnit[], cacheDir: string): CachePlan {
  const planned = units.map((u): PlannedUnit => {
    const dir = path.join(cacheDir, "units", folderOf(u.id), u.key.slice(0, 32));
    return { ...u, dir, cached: existsSync(path.join(dir, "records.json")) };
  });
  const checks: PlannedUnit[] = [];
  for (const group of new Set(planned.map((u) => u.group))) {
    const members = planned.filter((u) => u.group === group);
    const first = members.find((u) => u.cached);
    if (first && members.every((u) => u.cached)) checks.push(first);
  }
  // At least one check whenever something is kept: a build never trusts its cache blindly.
  const anyKept = planned.find((u) => u.cached);
  if (!checks.length && anyKept) checks.push(anyKept);
  return { units: planned, checks };
}

/** The hash of the guide-wide content (everything of `contentDir` outside metiers/) and of `extra` strings. */
export function guideKey(contentDir: string, extra: readonly string[]): string {
  const metiers = path.join(contentDir, "metiers");
  const hash = createHash("sha256");
  for (const e of extra) hash.update(e).update("\0");
  for (const file of filesUnder(contentDir))
    if (!file.startsWith(metiers + path.sep))
      hash
        .update(slash(path.relative(contentDir, file)))
        .update("\0")
        .update(readFileSync(file))
        .update("\0");
  return hash.digest("hex");
}

/** One unit per occupation of `contentDir`: its own folder's files and the guide's key. */
export function occupationUnits(contentDir: string, guide: string): CacheUnit[] {
  const metiers = path.join(contentDir, "metiers");
  const slugs = existsSync(metiers)
    ? readdirSync(metiers)
        .filter((name) => isDirectory(path.join(metiers, name)))
        .sort()
    : [];
  return slugs.map((slug) => {
    const own = path.join(metiers, slug);
    const hash = createHash("sha256").update(guide).update(slug).update("\0");
    for (const file of filesUnder(own))
      hash
        .update(slash(path.relative(own, file)))
        .update("\0")
        .update(readFileSync(file))
        .update("\0");
    return { id: `metier/${slug}`, group: "occupations", key: hash.digest("hex"), label: `« ${slug} »` };
  });
}

/** Copies the kept units' files into `outDir` (checks aside: they are rendered); returns their pages' records. */
export function restoreUnits(plan: CachePlan, outDir: string): PageRecord[] {
  const records: PageRecord[] = [];
  const made = new Set<string>();
  /** Copies a unit's tree into out/ file by file (twice as quick as `cpSync` over 1,800 small units). */
  const copyTree = (from: string, to: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (!entry.isDirectory()) copyFileSync(source, target);
      else {
        if (!made.has(target)) mkdirSync(target, { recursive: true });
        made.add(target);
        copyTree(source, target);
      }
    }
  };
  for (const u of plan.units) {
    if (!u.cached || plan.checks.includes(u)) continue;
    copyTree(path.join(u.dir, "files"), outDir);
    records.push(...(JSON.parse(readFileSync(path.join(u.dir, "records.json"), "utf8")) as PageRecord[]));
  }
  return records;
}

/**
 * After a successful post-export step: checks each re-rendered kept unit against its cache (throws on any
 * difference), then keeps every rendered unit's files and records. `outputs` are each unit's files, relative to out/.
 */
export function saveUnits(
  plan: CachePlan,
  outDir: string,
  outputs: Map<string, string[]>,
  processed: readonly PageRecord[],
  cacheDir: string,
) {
  const byFile = new Map(processed.map((r) => [r.file, r]));
  const recordsOf = (files: string[]) => files.flatMap((f) => byFile.get(f) ?? []).sort((a, b) => a.file.localeCompare(b.file));
  for (const check of plan.checks) {
    const files = outputs.get(check.id) ?? [];
    const differ = files.filter(
      (f) =>
        !existsSync(path.join(check.dir, "files", f)) ||
        !readFileSync(path.join(outDir, f)).equals(readFileSync(path.join(check.dir, "files", f))),
    );
    if (!isDeepStrictEqual(recordsOf(files), JSON.parse(readFileSync(path.join(check.dir, "records.json"), "utf8"))))
      differ.push("(page records)");
    if (differ.length)
      throw new BuildCacheError(
        `build cache: ${check.label} rendered again differs from its cached copy (${differ.slice(0, 5).join(", ")}${differ.length > 5 ? ", …" : ""}): its pages read an input the cache key leaves out (scripts/output-cache.ts). Delete .next/cache/guide and rebuild, and fix the key.`,
      );
  }
  const root = path.join(cacheDir, "units");
  for (const u of plan.units) {
    if (u.cached) continue;
    const files = outputs.get(u.id) ?? [];
    const partial = path.join(root, `.${folderOf(u.id)}.partial`);
    rmSync(partial, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(path.dirname(path.join(partial, "files", f)), { recursive: true });
      cpSync(path.join(outDir, f), path.join(partial, "files", f));
    }
    writeFileSync(path.join(partial, "records.json"), JSON.stringify(recordsOf(files)));
    // Older entries of this unit go: the cache holds one per unit.
    rmSync(path.dirname(u.dir), { recursive: true, force: true });
    mkdirSync(path.dirname(u.dir), { recursive: true });
    renameSync(partial, u.dir);
  }
  // Units no longer in the site.
  const folders = new Set(plan.units.map((u) => folderOf(u.id)));
  if (existsSync(root))
    for (const name of readdirSync(root)) if (!folders.has(name)) rmSync(path.join(root, name), { recursive: true, force: true });
}
