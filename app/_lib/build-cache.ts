import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCacheDir } from "@/lib/site/config";

/**
 * The bytes `produce()` makes from `inputs`, taken from the build cache when an earlier build made them from the
 * same inputs. `inputs` must be exactly what the output depends on besides the code (the cache folder is already
 * the code's: scripts/build.ts names it by the code's fingerprint). Without a cache folder (dev server), always
 * `produce()`. Deleting the folder only costs time.
 */
export async function cachedBytes(kind: string, inputs: unknown, produce: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!buildCacheDir) return produce();
  const key = createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
  const file = path.join(buildCacheDir, kind, key);
  try {
    const bytes = readFileSync(file);
    record(kind, "reused", 0);
    return bytes;
  } catch {
    // Not made yet from these inputs.
  }
  const started = performance.now();
  const bytes = await produce();
  record(kind, "made", performance.now() - started);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole then renamed: a build stopped mid-write, or two workers at once, never leave half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}

/**
 * One line per output (`kind`, made or reused, milliseconds) in the cache's log, one file per process: the build
 * sums them into its phase report (scripts/build-cache.ts).
 */
function record(kind: string, how: "made" | "reused", ms: number) {
  if (!buildCacheDir) return;
  const dir = path.join(buildCacheDir, "log");
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `${process.pid}.tsv`), `${kind}\t${how}\t${ms.toFixed(1)}\n`);
}
