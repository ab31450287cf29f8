// Rebuild what changed. An occupation's files — its pages, their preview images, its open data files
// (lib/site/outputs.ts) — are made from the code, the address built for, the guide-wide content (everything
// outside content/metiers/: sources, countries, glossary, notions) and the occupation's own folder, and from
// nothing of the other occupations: the pages that show every occupation (home, search, glossary, sources, data,
// 404, sitemap) are the guide's, rendered by every build. So a build keeps each occupation's finished files (after
// the post-export step) in the build cache, under a hash of exactly those inputs, and renders only the occupations
// whose hash it has not seen.
// One occupation it has seen is rendered anyway, and its fresh files must equal the kept ones byte for byte: a
// difference means the pages read something the hash leaves out, and the build fails instead of shipping stale
// pages. (Next.js also needs one page per dynamic route to export.)
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { filesUnder } from "./files";
import type { PageRecord } from "./post-export";

interface Occupation {
  slug: string;
  /** Hash of the occupation's inputs (the code's is the cache folder's name). */
  key: string;
  /** Its entry in the cache: files/ (as in out/) and records.json. */
  dir: string;
  cached: boolean;
}

/** The cache gave files a fresh render does not: the build stops. */
export class BuildCacheError extends Error {
  override name = "BuildCacheError";
}

export interface OccupationPlan {
  occupations: Occupation[];
  /** The slugs to render: those not cached, and the check (the first cached one). */
  render: string[];
  /** The cached occupation rendered again to check the cache, if any is cached. */
  check: Occupation | undefined;
}

const isDirectory = (p: string) => statSync(p).isDirectory();
const slash = (p: string) => p.split(path.sep).join("/");

/** Which occupations of `contentDir` this build renders, and which it takes from `cacheDir`. */
export function planOccupations(contentDir: string, cacheDir: string, siteUrl: string): OccupationPlan {
  const metiers = path.join(contentDir, "metiers");
  const slugs = existsSync(metiers)
    ? readdirSync(metiers)
        .filter((name) => isDirectory(path.join(metiers, name)))
        .sort()
    : [];
  const guide = createHash("sha256").update(siteUrl).update("\0");
  for (const file of filesUnder(contentDir))
    if (!file.startsWith(metiers + path.sep))
      guide
        .update(slash(path.relative(contentDir, file)))
        .update("\0")
        .update(readFileSync(file))
        .update("\0");
  const guideKey = guide.digest("hex");
  const occupations = slugs.map((slug): Occupation => {
    const own = path.join(metiers, slug);
    const hash = createHash("sha256").update(guideKey).update(slug).update("\0");
    for (const file of filesUnder(own))
      hash
        .update(slash(path.relative(own, file)))
        .update("\0")
        .update(readFileSync(file))
        .update("\0");
    const key = hash.digest("hex").slice(0, 32);
    const dir = path.join(cacheDir, "occupations", slug, key);
    return { slug, key, dir, cached: existsSync(path.join(dir, "records.json")) };
  });
  const check = occupations.find((o) => o.cached);
  return { occupations, render: occupations.filter((o) => !o.cached || o === check).map((o) => o.slug), check };
}

/** Copies the cached occupations' files into `outDir`; returns their pages' records (for the post-export step). */
export function restoreOccupations(plan: OccupationPlan, outDir: string): PageRecord[] {
  const records: PageRecord[] = [];
  for (const o of plan.occupations) {
    if (!o.cached || o === plan.check) continue;
    cpSync(path.join(o.dir, "files"), outDir, { recursive: true });
    records.push(...(JSON.parse(readFileSync(path.join(o.dir, "records.json"), "utf8")) as PageRecord[]));
  }
  return records;
}

/**
 * After a successful post-export step: checks the re-rendered cached occupation against its cache (throws on any
 * difference), then keeps every rendered occupation's files and records. `outputs` are each occupation's files,
 * relative to out/ (lib/site/outputs.ts).
 */
export function saveOccupations(
  plan: OccupationPlan,
  outDir: string,
  outputs: Map<string, string[]>,
  processed: readonly PageRecord[],
  cacheDir: string,
) {
  const recordsOf = (files: string[]) => {
    const set = new Set(files);
    return processed.filter((r) => set.has(r.file)).sort((a, b) => a.file.localeCompare(b.file));
  };
  if (plan.check) {
    const { slug, dir } = plan.check;
    const files = outputs.get(slug) ?? [];
    const differ = files.filter(
      (f) =>
        !existsSync(path.join(dir, "files", f)) || !readFileSync(path.join(outDir, f)).equals(readFileSync(path.join(dir, "files", f))),
    );
    if (!isDeepStrictEqual(recordsOf(files), JSON.parse(readFileSync(path.join(dir, "records.json"), "utf8"))))
      differ.push("(page records)");
    if (differ.length)
      throw new BuildCacheError(
        `build cache: « ${slug} » rendered again differs from its cached copy (${differ.slice(0, 5).join(", ")}${differ.length > 5 ? ", …" : ""}): its pages read an input the cache key leaves out (scripts/occupation-cache.ts). Delete .next/cache/guide and rebuild, and fix the key.`,
      );
  }
  for (const o of plan.occupations) {
    if (o.cached) continue;
    const files = outputs.get(o.slug) ?? [];
    const partial = path.join(cacheDir, "occupations", `.${o.slug}.partial`);
    rmSync(partial, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(path.dirname(path.join(partial, "files", f)), { recursive: true });
      cpSync(path.join(outDir, f), path.join(partial, "files", f));
    }
    writeFileSync(path.join(partial, "records.json"), JSON.stringify(recordsOf(files)));
    // Older entries of this occupation go: the cache holds one per occupation.
    rmSync(path.dirname(o.dir), { recursive: true, force: true });
    mkdirSync(path.dirname(o.dir), { recursive: true });
    renameSync(partial, o.dir);
  }
  // Occupations no longer in the content.
  const root = path.join(cacheDir, "occupations");
  const slugs = new Set(plan.occupations.map((o) => o.slug));
  if (existsSync(root))
    for (const name of readdirSync(root)) if (!slugs.has(name)) rmSync(path.join(root, name), { recursive: true, force: true });
}
