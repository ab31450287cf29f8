// Synthetic content for the tests: a copy of a content folder where every occupation is repeated `factor` times
// under new slugs and titles (tests/integration/incremental-build.test.ts builds with two occupations). The bench
// once scaled with it; it measures the national referential now, so this lives with the tests that use it. Written
// to a folder of the caller's choosing, never into content/.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Copies `sourceDir` to `destDir` with each occupation present `factor` times; returns the number of occupations. */
export function scaleContent(sourceDir: string, destDir: string, factor: number) {
  rmSync(destDir, { recursive: true, force: true });
  cpSync(sourceDir, destDir, { recursive: true });
  const metiers = path.join(destDir, "metiers");
  const originals = readdirSync(metiers).filter((name) => statSync(path.join(metiers, name)).isDirectory());
  for (const slug of originals) {
    for (let copy = 2; copy <= factor; copy++) {
      const dir = path.join(metiers, `${slug}-${copy}`);
      cpSync(path.join(metiers, slug), dir, { recursive: true });
      // Titles must be unique (the content layer checks it); the rest of the occupation stays as is.
      const index = path.join(dir, "index.md");
      const text = readFileSync(index, "utf8");
      const renamed = text.replace(/^title:\s*(.+)$/m, (_, title: string) => `title: ${title.replace(/^(["'])(.*)\1$/, "$2")} ${copy}`);
      if (renamed === text) throw new Error(`${index}: no "title:" line to rename`);
      writeFileSync(index, renamed);
    }
  }
  return originals.length * factor;
}
