import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway copy of the project in its own temporary folder, so a build writes its out/ and .next/ there and
 * never touches the working tree's. node_modules is hard-linked (a second or so, no extra disk).
 */
export function tempProject(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `guide-${name}-`));
  const entries = [
    "app",
    "components",
    "lib",
    "public",
    "scripts",
    "deploy",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "next.config.ts",
    "postcss.config.mjs",
  ];
  for (const entry of entries) cpSync(path.resolve(entry), path.join(dir, entry), { recursive: true });
  // The real folder when node_modules is a link (a worktree sharing its packages): a copied link would point outside
  // the temporary project, where Turbopack does not resolve `next`.
  const modules = realpathSync(path.resolve("node_modules"));
  const link = spawnSync("cp", ["-al", modules, path.join(dir, "node_modules")], { encoding: "utf8" });
  if (link.status !== 0) throw new Error(`could not link node_modules: ${link.stderr}`);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run build` (scripts/build.ts) in `dir`, with the given content folder and, when given, the referential's
 * folder (else none: ROME_DIR empty, whatever the environment says).
 */
export function build(dir: string, contentDir: string, romeDir = "", env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, ROME_DIR: romeDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
