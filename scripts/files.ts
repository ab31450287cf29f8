// Files under a folder, for the build and test scripts.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Absolute paths of the files under `dir` (recursively, sorted; none when `dir` is absent), optionally by extension. */
export function filesUnder(dir: string, extension?: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((rel) => path.join(dir, rel))
    .filter((abs) => (!extension || abs.endsWith(extension)) && statSync(abs).isFile())
    .sort();
}
