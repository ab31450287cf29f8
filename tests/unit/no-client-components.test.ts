import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The post-export step strips the client runtime from every page, so a client component would render but never
// run. Interactivity is a plain `data-enhance` script instead; this catches a "use client" before it ships.
const sourceFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => /\.(ts|tsx|js|jsx|mjs)$/.test(rel))
    .map((rel) => path.join(dir, rel));

/** True when the file's directive prologue (its leading string statements) holds "use client". */
function declaresClientComponent(source: string): boolean {
  const body = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  const prologue = /^((['"])[^'"]*\2;?\s*)+/.exec(body)?.[0] ?? "";
  return /(['"])use client\1/.test(prologue);
}

describe("no client components", () => {
  it("recognises the directive, and only at the top of a file", () => {
    expect(declaresClientComponent(`"use client";\nexport const A = 1;`)).toBe(true);
    expect(declaresClientComponent(`// why\n'use strict';\n'use client'\nexport {}`)).toBe(true);
    expect(declaresClientComponent(`export const note = "use client";`)).toBe(false);
  });

  it("app/, components/ and lib/ hold none", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((dir) => [...sourceFiles(path.resolve(dir))])
      .filter((file) => declaresClientComponent(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(offenders).toEqual([]);
  });
});
