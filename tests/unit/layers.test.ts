import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Source files under `dir`, with the modules they import. */
function sources(dir: string): { file: string; imports: string[]; text: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => {
      const file = path.join(dir, f);
      const text = readFileSync(file, "utf8");
      const imports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1] ?? "");
      return { file, imports, text };
    });
}

// The layers point one way: content → domain → site → components → app. These rules keep them so.
describe("the layers point one way", () => {
  it("only app/ loads content (components and lib below the content layer never import the loader)", () => {
    const offenders = [...sources("components"), ...sources("lib/domain"), ...sources("lib/site")]
      .filter((s) => s.imports.includes("@/lib/content/load"))
      .map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it("nothing in lib/ imports from components/ or app/", () => {
    const offenders = sources("lib").filter((s) => s.imports.some((i) => i.startsWith("@/components/") || i.startsWith("@/app/")));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });

  it("the content and domain layers import nothing from the layers above them", () => {
    const offenders = [...sources("lib/content"), ...sources("lib/domain")].filter((s) =>
      s.imports.some((i) => i.startsWith("@/lib/site/")),
    );
    expect(offenders.map((s) => s.file)).toEqual([]);
  });

  it("the environment is read in one module, lib/site/config.ts", () => {
    const readers = [...sources("lib"), ...sources("components"), ...sources("app")]
      .filter((s) => s.text.includes("process.env"))
      .map((s) => s.file);
    expect(readers).toEqual([path.join("lib/site/config.ts")]);
  });
});
