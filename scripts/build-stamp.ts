// Fingerprints of what the build reads. The code's fingerprint keys the build cache (a change of code, of an
// installed package or of Node.js makes every cached output stale); the whole fingerprint (code, content and the
// address built for, the referential) lets `npm start` rebuild only when something changed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { referentialCacheKey } from "@/lib/referential/cache";
import { loadConfig, romeDir } from "@/lib/site/config";
import { filesUnder } from "./files";

/** Everything but the content that a build reads: our code, its configuration, and the static files. */
const codeInputs = [
  "app",
  "components",
  "lib",
  "public",
  "scripts",
  // The headers' definition and what turns it into out/_headers; not the rest of deploy/ (its harness and tests),
  // nor bench/: a change there changes no page.
  "deploy/headers.ts",
  "deploy/config.ts",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
];
const stampFile = path.resolve(".next", "export-stamp");

const files = (p: string): string[] => (!existsSync(p) ? [] : statSync(p).isDirectory() ? filesUnder(p) : [p]);

function hashFiles(hash: ReturnType<typeof createHash>, inputs: string[]) {
  for (const input of inputs) for (const f of files(input)) hash.update(f).update("\0").update(readFileSync(f)).update("\0");
}

/** The installed version of each package package.json names (an `npm install` may bring newer ones within range). */
function installedVersions() {
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string> | undefined>;
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
  return names.map((name) => {
    const file = path.join("node_modules", name, "package.json");
    return `${name}@${existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "-"}`;
  });
}

/** A hash of the code, its installed packages and Node.js: outputs cached under another one are not reused. */
export function codeFingerprint(): string {
  const hash = createHash("sha256");
  hashFiles(hash, codeInputs);
  hash.update(installedVersions().join("\n")).update(process.version);
  return hash.digest("hex");
}

function fingerprint() {
  const hash = createHash("sha256").update(codeFingerprint());
  hashFiles(hash, [process.env.CONTENT_DIR ?? "content"]);
  // The address the pages are built for, read now (`npm start` sets it after this module is loaded).
  hash.update(loadConfig(process.env).siteUrl);
  // A build from another content folder (the benchmark's copies) is not a build of content/.
  hash.update(process.env.CONTENT_DIR ?? "");
  // The national referential: its folder and its files (a new version, an installed copy, none).
  hash.update(romeDir ? `${romeDir}\0${referentialKey(romeDir)}` : "no referential");
  return hash.digest("hex");
}

/** The referential's key, or a mark that its files are incomplete (the build then says what is missing). */
function referentialKey(dir: string): string {
  try {
    return referentialCacheKey(dir);
  } catch {
    return "incomplete";
  }
}

/** The files of out/ as the build left them: a file removed, added or rewritten since makes the stamp stale. */
function outListing(outDir: string): string {
  const hash = createHash("sha256");
  for (const f of filesUnder(outDir)) {
    const { size, mtimeMs } = statSync(f);
    hash.update(`${path.relative(outDir, f)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** Written by a build that finished: what it read, and what it left in out/. */
export function writeBuildStamp(outDir = "out") {
  writeFileSync(stampFile, JSON.stringify({ inputs: fingerprint(), out: outListing(outDir) }));
}

/** True when out/ was built from the current inputs and is as that build left it. */
export function isBuildFresh(outDir = "out") {
  if (!existsSync(path.join(outDir, "index.html")) || !existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8")) as { inputs?: unknown; out?: unknown };
    return stamp.inputs === fingerprint() && stamp.out === outListing(outDir);
  } catch {
    return false;
  }
}
