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

  it("no module imports itself back, through any chain of imports, type-only imports included", () => {
    const files = ["lib", "components", "app"].flatMap((dir) => sources(dir).map((s) => s.file));
    const known = new Set(files);
    const resolve = (spec: string, from: string) => {
      const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : undefined;
      return base === undefined
        ? undefined
        : ["", ".ts", ".tsx", "/index.ts"].map((ext) => path.normalize(base + ext)).find((f) => known.has(f));
    };
    const graph = new Map(
      files.map((file) => [
        file,
        [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)].flatMap(
          (m) => resolve(m[1] ?? "", file) ?? [],
        ),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});

// The bench (bench/) and the deploy harness (deploy/test.ts, deploy/tests/) use the build; the build never uses them.
// deploy/headers.ts and deploy/config.ts are the headers' definition, which the build turns into out/_headers.
describe("the harnesses stand apart from the build", () => {
  it("nothing of the site, the build or its tests imports the bench or the deploy harness, type-only imports included", () => {
    const harness = (target: string) => target.startsWith("bench/") || target === "deploy/test" || target.startsWith("deploy/tests/");
    const offenders = ["app", "components", "lib", "scripts", "tests"].flatMap((dir) =>
      (readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(`fixtures${path.sep}content`))
        .map((f) => path.join(dir, f))
        .flatMap((file) =>
          [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)]
            .map((m) => m[1] ?? "")
            .map((spec) => (spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(file), spec) : ""))
            .map((target) => path.normalize(target).replace(/\.tsx?$/, ""))
            .filter(harness)
            .map((target) => `${file} → ${target}`),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
