// The build cache: outputs kept between builds under a hash of their inputs (app/_lib/build-cache.ts writes
// them), in .next/cache/guide/<code fingerprint>/. A change of code, of an installed package or of Node.js starts a
// new folder and the old ones are deleted; deleting the whole folder is always safe, it only costs time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { codeFingerprint } from "./build-stamp";

const root = path.resolve(".next", "cache", "guide");

/** The cache folder of the current code, made ready for a build: other codes' folders and old logs removed. */
export function prepareBuildCache(): string {
  const dir = path.join(root, codeFingerprint().slice(0, 16));
  if (existsSync(root))
    for (const name of readdirSync(root)) if (path.join(root, name) !== dir) rmSync(path.join(root, name), { recursive: true });
  rmSync(path.join(dir, "log"), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What the build's processes logged: per kind of output, how many were made and reused, and the time spent making. */
export function cacheReport(dir: string) {
  const kinds = new Map<string, { made: number; reused: number; ms: number }>();
  const logDir = path.join(dir, "log");
  if (!existsSync(logDir)) return kinds;
  for (const name of readdirSync(logDir))
    for (const line of readFileSync(path.join(logDir, name), "utf8").split("\n")) {
      const [kind, how, ms] = line.split("\t");
      if (!kind) continue;
      const entry = kinds.get(kind) ?? { made: 0, reused: 0, ms: 0 };
      if (how === "made") entry.made++;
      else entry.reused++;
      entry.ms += Number(ms);
      kinds.set(kind, entry);
    }
  return kinds;
}
