// A fingerprint of everything the build reads, so `npm start` rebuilds only when something changed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "./files";

const inputs = ["app", "components", "content", "lib", "public", "scripts", "next.config.ts", "package.json", "postcss.config.mjs"];
const stampFile = path.resolve(".next", "export-stamp");

const files = (p: string): string[] => (!existsSync(p) ? [] : statSync(p).isDirectory() ? filesUnder(p) : [p]);

function fingerprint() {
  const hash = createHash("sha256");
  for (const input of inputs) for (const f of files(input)) hash.update(f).update("\0").update(readFileSync(f)).update("\0");
  hash.update(process.env.SITE_URL ?? "");
  // A build from another content folder (the benchmark's scaled copies) is not a build of content/.
  hash.update(process.env.CONTENT_DIR ?? "");
  return hash.digest("hex");
}

export function writeBuildStamp() {
  writeFileSync(stampFile, fingerprint());
}

/** True when out/ exists and was built from the current inputs. */
export function isBuildFresh() {
  if (!existsSync("out/index.html") || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, "utf8") === fingerprint();
}
