import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterEach, describe, expect, it } from "vitest";
import { contentProblems } from "@/scripts/check-content";
import { filesMap, filesMapFile, filesMapText, kinds, schemaFile, schemaText } from "@/scripts/content-schemas";
import { newContent } from "@/scripts/new-content";

describe("schemas/*.json, the frontmatter schemas editors read", () => {
  it.each(kinds)("schemas/%s.json is up to date with lib/schema.ts (regenerate: npm run schemas)", (kind) => {
    expect(readFileSync(schemaFile(kind), "utf8")).toBe(schemaText(kind));
  });

  it("schemas/files.json, the files each schema applies to, is up to date", () => {
    expect(readFileSync(filesMapFile, "utf8")).toBe(filesMapText());
  });

  it("are what the editor's remark check applies: a country with a wrong preposition and a stray field is flagged", async () => {
    const file = new VFile({
      path: path.resolve("content/pays/belgique.md"),
      cwd: process.cwd(),
      value: "---\nname: Belgique\ncurrency: EUR\npreposition: dans\ndevise: EUR\n---\n",
    });
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLintFrontmatterSchema, { schemas: filesMap() });
    await processor.run(processor.parse(file), file);
    const messages = file.messages.map((m) => `${m.line ?? "-"}: ${m.reason.split(" • ")[0] ?? ""}`);
    expect(messages).toEqual([
      "-: Must NOT have additional properties",
      "4: Must be equal to one of the allowed values: `en`, `au`, `aux`, `à`",
    ]);
  });
});

// Each test runs the two commands as processes: 2–3 s alone, more on a busy 2-core machine.
describe("npm run new, then npm run check", { timeout: 30_000 }, () => {
  let root = "";
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const copyFixture = () => {
    root = mkdtempSync(path.join(tmpdir(), "guide-new-content-"));
    cpSync(path.resolve("tests/fixtures/content"), root, { recursive: true });
  };
  // The content alone: these files name no ROME fiche, and the referential has its own tests.
  const lines = () => contentProblems(root, undefined).map((i) => `${path.relative(root, path.resolve(i.file))}: ${i.field}: ${i.message}`);

  it("a new country fails the check on each field left to write, and only there", () => {
    copyFixture();
    expect(lines()).toEqual([]);
    newContent(["pays", "belgique", "Belgique"], root);
    expect(readFileSync(path.join(root, "pays/belgique.md"), "utf8")).toContain("name: Belgique");
    expect(lines()).toEqual([
      "pays/belgique.md: currency: still « À REMPLIR »: write the real value",
      "pays/belgique.md: preposition: still « À REMPLIR »: write the real value",
    ]);
  });

  it("a new occupation has every file and required field, each placeholder failing the check", () => {
    copyFixture();
    newContent(["metier", "technicienne-reseau", "Technicienne réseau"], root);
    const problems = lines();
    for (const file of ["index", "missions", "competences", "formation", "evolution"])
      expect(
        problems.some((l) => l.startsWith(`metiers/technicienne-reseau/${file}.md: description: still`)),
        file,
      ).toBe(true);
    expect(problems).toContain("metiers/technicienne-reseau/index.md: (body): still « À REMPLIR »: write the text");
    expect(problems).toContain("metiers/technicienne-reseau/evolution.md: roles[1].id: still « À REMPLIR »: write the real value");
    expect(problems.filter((l) => !l.includes("still « À REMPLIR »"))).toEqual([]);
    expect(readFileSync(path.join(root, "metiers/technicienne-reseau/index.md"), "utf8")).toContain("title: Technicienne réseau");
  });

  it("refuses a slug that is not kebab-case, and an existing occupation", () => {
    copyFixture();
    expect(() => {
      newContent(["metier", "Technicien", "Technicien"], root);
    }).toThrow(/lowercase kebab-case/);
    expect(() => {
      newContent(["metier", "testeur", "Testeur"], root);
    }).toThrow(/testeur already exists/);
  });
});
