import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { checkedRegistry } from "@/lib/site/registry";

const fixture = path.resolve("tests/fixtures/content");
const tmpRoot = path.resolve("tests/.tmp");
afterAll(() => {
  rmSync(tmpRoot, { recursive: true, force: true });
});

/** A copy of the valid fixture with some files replaced (or emptied, or removed with `null`). */
function brokenCopy(name: string, changes: Record<string, string | null | ((text: string) => string)>): string {
  const dir = path.join(tmpRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tmpRoot, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const abs = path.join(dir, file);
    if (change === null) rmSync(abs);
    else if (typeof change === "function") writeFileSync(abs, change(readFileSync(abs, "utf8")));
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, change);
    }
  }
  return dir;
}

/** The problems loading `dir` reports, one formatted line each. */
function problems(dir: string): string[] {
  try {
    // Loading checks the files; building the registry checks that links lead to real pages.
    checkedRegistry(loadContent(dir));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message
      .split("\n")
      .slice(1)
      .map((l) => l.trim());
  }
  throw new Error(`expected ${dir} to fail loading`);
}

describe("the content layer on valid content", () => {
  const content = loadContent(fixture);
  const testeur = () => content.occupations.find((r) => r.slug === "testeur") ?? expect.fail("no testeur in the fixture");

  it("loads every source, country and occupation, ids from file names", () => {
    expect(content.sources.map((s) => s.id)).toEqual(["source-a", "source-b"]);
    expect(content.countries.map((c) => c.slug)).toEqual(["aland", "borduria", "syldavia"]);
    expect(content.occupations.map((r) => r.slug)).toEqual(["administratrice-reseaux", "testeur"]);
  });

  it("keeps YAML dates as ISO days and applies defaults", () => {
    const occupation = testeur();
    expect(occupation.updated).toBe("2025-01-02");
    expect(content.sources[1]?.published).toBe("2024-05-01");
    expect(occupation.context).toEqual([]);
    expect(occupation.salaries.find((s) => s.country === "aland")?.factors).toEqual([]);
  });

  it("lists salary countries in canonical order and renders markdown bodies", () => {
    const occupation = testeur();
    expect(occupation.salaryCountries).toEqual(["aland", "borduria", "syldavia"]);
    expect(occupation.body.html).toContain('<a href="/metiers/testeur/salaires">les salaires</a>');
    expect(occupation.body.internalLinks).toEqual(["/metiers/testeur/salaires", "/sources#source-a"]);
  });

  it("loads the site's own content without a problem", () => {
    const site = loadContent(path.resolve("content"));
    expect(site.occupations.map((r) => r.slug)).toContain("developpeur-back-end");
    expect(site.sources.map((s) => s.id).sort()).toEqual(["article-back-end", "fiche-metier"]);
  });
});

describe("bad content fails with the file and the field named", () => {
  const at = (name: string, file: string) => `tests/.tmp/${name}/${file}`;

  it("a missing required field", () => {
    const dir = brokenCopy("missing-field", { "pays/aland.md": (t) => t.replace("currency: EUR\n", "") });
    expect(problems(dir)).toEqual([`${at("missing-field", "pays/aland.md")}: currency: required field is missing (expected string)`]);
  });

  it("an addition « hors sources » whose link is not an https address", () => {
    const addition = (url: string) =>
      `added:\n  - id: brut-net\n    title: Brut et net\n    text: Un texte à nous.\n    links:\n      - label: Un site\n        url: ${url}\n`;
    const ok = brokenCopy("addition-ok", {
      "pays/aland.md": (t) => t.replace("currency: EUR\n", `currency: EUR\n${addition("https://www.onisep.fr")}`),
    });
    expect(loadContent(ok).countries.find((c) => c.slug === "aland")?.added).toEqual([
      { id: "brut-net", title: "Brut et net", text: "Un texte à nous.", links: [{ label: "Un site", url: "https://www.onisep.fr" }] },
    ]);
    const dir = brokenCopy("addition-http", {
      "pays/aland.md": (t) => t.replace("currency: EUR\n", `currency: EUR\n${addition("http://www.onisep.fr")}`),
    });
    expect(problems(dir)).toEqual([`${at("addition-http", "pays/aland.md")}: added[0].links[0].url: expected an https:// address`]);
  });

  it("a value of the wrong type", () => {
    const dir = brokenCopy("wrong-type", {
      "metiers/testeur/salaires/aland.md": (t) => t.replace("min: 30000", 'min: "30 000 €"'),
    });
    expect(problems(dir)).toEqual([
      `${at("wrong-type", "metiers/testeur/salaires/aland.md")}: figures[0].min: expected number, received string`,
    ]);
  });

  it("an unknown currency code", () => {
    const dir = brokenCopy("bad-currency", { "pays/aland.md": (t) => t.replace("currency: EUR", "currency: EURO") });
    expect(problems(dir)).toEqual([
      `${at("bad-currency", "pays/aland.md")}: currency: expected an ISO 4217 currency code such as EUR or MAD`,
    ]);
  });

  it("a reference to a source that does not exist", () => {
    const dir = brokenCopy("unknown-source", {
      "metiers/testeur/missions.md": (t) => t.replace("sources: [source-a]\n", "sources: [source-z]\n"),
    });
    expect(problems(dir)).toEqual([
      `${at("unknown-source", "metiers/testeur/missions.md")}: items[1].sources[0]: unknown source "source-z" (no content/sources/source-z.md)`,
    ]);
  });

  it("a salary file for a country that does not exist", () => {
    const dir = brokenCopy("unknown-country", {
      "metiers/testeur/salaires/atlantide.md": (() =>
        readFileSync(path.join(fixture, "metiers/testeur/salaires/syldavia.md"), "utf8").replace(
          "country: syldavia",
          "country: atlantide",
        ))(),
    });
    expect(problems(dir)).toEqual([
      `${at("unknown-country", "metiers/testeur/salaires/atlantide.md")}: country: unknown country "atlantide" (no content/pays/atlantide.md)`,
    ]);
  });

  it("a duplicate id", () => {
    const dir = brokenCopy("duplicate-id", {
      "metiers/testeur/missions.md": (t) => t.replace("id: documenter", "id: tester"),
    });
    expect(problems(dir)).toEqual([`${at("duplicate-id", "metiers/testeur/missions.md")}: items[1].id: duplicate id "tester"`]);
  });

  it("a duplicate occupation (two folders, one job)", () => {
    const dir = brokenCopy("duplicate-slug", {});
    cpSync(path.join(dir, "metiers/testeur"), path.join(dir, "metiers/testeur-bis"), { recursive: true });
    expect(problems(dir)).toEqual([
      `${at("duplicate-slug", "metiers/testeur-bis/index.md")}: title: duplicate occupation "Testeur" (also in ${at("duplicate-slug", "metiers/testeur/index.md")})`,
    ]);
  });

  it("invalid YAML", () => {
    const dir = brokenCopy("invalid-yaml", { "sources/source-a.md": (t) => t.replace("title: Source A", "title: [Source A") });
    expect(problems(dir)).toEqual([
      `${at("invalid-yaml", "sources/source-a.md")}: (frontmatter): invalid YAML: missed comma between flow collection entries at line 4, column 1`,
    ]);
  });

  it("an empty file", () => {
    const dir = brokenCopy("empty-file", { "metiers/testeur/formation.md": "" });
    expect(problems(dir)).toEqual([`${at("empty-file", "metiers/testeur/formation.md")}: (file): file is empty`]);
  });

  it("a missing section file", () => {
    const dir = brokenCopy("missing-file", { "metiers/testeur/evolution.md": null });
    expect(problems(dir)).toEqual([`${at("missing-file", "metiers/testeur/evolution.md")}: (file): file is missing`]);
  });

  it("an occupation's grammar that French does not have", () => {
    const dir = brokenCopy("bad-grammar", {
      "metiers/testeur/index.md": (t) => t.replace("grammar: { gender: masculine, elision: false }", "grammar: { gender: neutre }"),
    });
    expect(problems(dir)).toEqual([
      `${at("bad-grammar", "metiers/testeur/index.md")}: grammar.gender: Invalid option: expected one of "masculine"|"feminine"|"both"`,
      `${at("bad-grammar", "metiers/testeur/index.md")}: grammar.elision: required field is missing (expected boolean)`,
    ]);
  });

  it("a title of both genders without its two forms", () => {
    const dir = brokenCopy("both-genders", {
      "metiers/testeur/index.md": (t) =>
        t.replace("grammar: { gender: masculine, elision: false }", "grammar: { gender: both, elision: false }"),
    });
    expect(problems(dir)).toEqual([
      `${at("both-genders", "metiers/testeur/index.md")}: grammar: with gender: both, give masculine and feminine (each form as it reads in a sentence)`,
    ]);
  });

  it("an unknown field", () => {
    const dir = brokenCopy("unknown-field", { "pays/aland.md": (t) => t.replace("name: Aland", "name: Aland\ncapital: X") });
    expect(problems(dir)).toEqual([`${at("unknown-field", "pays/aland.md")}: capital: unknown field`]);
  });

  it("a markdown link to a page that does not exist", () => {
    const dir = brokenCopy("dead-link", {
      "metiers/testeur/index.md": (t) => t.replace("(/metiers/testeur/salaires)", "(/metiers/testeur/primes)"),
    });
    expect(problems(dir)).toEqual([
      `${at("dead-link", "metiers/testeur/index.md")}: (body): link to "/metiers/testeur/primes": no such page`,
    ]);
  });

  it("a career path to a role that is not listed", () => {
    const dir = brokenCopy("bad-path", {
      "metiers/testeur/evolution.md": (t) =>
        t.replace("to: chef\n    sources: [source-b]\n  - from: testeur", "to: pdg\n    sources: [source-b]\n  - from: testeur"),
    });
    expect(problems(dir)).toEqual([`${at("bad-path", "metiers/testeur/evolution.md")}: paths[1].to: "pdg" is not one of roles[].id`]);
  });

  it("a range whose max is below its min", () => {
    const dir = brokenCopy("bad-range", { "metiers/testeur/salaires/aland.md": (t) => t.replace("max: 36000", "max: 3600") });
    expect(problems(dir)).toEqual([`${at("bad-range", "metiers/testeur/salaires/aland.md")}: figures[0].max: max must not be below min`]);
  });

  it("an inferred field that is not a field of the file", () => {
    const dir = brokenCopy("bad-inferred", {
      "metiers/testeur/salaires/aland.md": (t) => t.replace("year: 2024", "year: 2024\ninferred:\n  pays: Une raison."),
    });
    expect(problems(dir)).toHaveLength(1);
    expect(problems(dir)[0]).toMatch(/^.*salaires\/aland\.md: inferred\.pays: /);
  });

  it("an item speaking of a concept that content/notions.md does not name", () => {
    const dir = brokenCopy("unknown-concept", {
      "notions.md": "---\nconcepts:\n  - id: essais\n    label: essais\n---\n",
      "metiers/testeur/missions.md": (t) => t.replace("    title: Documenter\n", "    title: Documenter\n    concepts: [redaction]\n"),
    });
    expect(problems(dir)).toEqual([
      `${at("unknown-concept", "metiers/testeur/missions.md")}: items[1].concepts[0]: unknown concept "redaction" (not in content/notions.md)`,
    ]);
  });

  it("reports every problem at once, across files", () => {
    const dir = brokenCopy("several", {
      "pays/aland.md": (t) => t.replace("currency: EUR", "currency: 12"),
      "sources/source-b.md": (t) => t.replace("language: fr", "language: français"),
    });
    expect(problems(dir)).toEqual([
      `${at("several", "sources/source-b.md")}: language: expected a language code such as fr`,
      `${at("several", "pays/aland.md")}: currency: expected string, received number`,
    ]);
  });
});

describe("the glossary", () => {
  const at = (name: string, file: string) => `tests/.tmp/${name}/${file}`;

  it("loads terms with their defaults", () => {
    const { glossary } = loadContent(fixture);
    expect(glossary.terms.map((t) => [t.id, t.case_sensitive])).toEqual([
      ["recette", false],
      ["qa", true],
    ]);
    expect(glossary.body.internalLinks).toEqual(["/metiers/testeur"]);
  });

  it("is required", () => {
    const dir = brokenCopy("no-glossary", { "glossaire.md": null });
    expect(problems(dir)).toEqual([`${at("no-glossary", "glossaire.md")}: (file): file is missing`]);
  });

  it("a term without any form to match", () => {
    const dir = brokenCopy("no-form", { "glossaire.md": (t) => t.replace("forms: [QA]", "forms: []") });
    expect(problems(dir)).toEqual([`${at("no-form", "glossaire.md")}: terms[1].forms: expected at least one form to match`]);
  });

  it("a form claimed by two terms, whatever its case", () => {
    const dir = brokenCopy("shared-form", { "glossaire.md": (t) => t.replace("forms: [QA]", "forms: [QA, Recettes]") });
    expect(problems(dir)).toEqual([`${at("shared-form", "glossaire.md")}: terms[1].forms[1]: "Recettes" is already a form of "recette"`]);
  });

  it("a duplicate term id", () => {
    const dir = brokenCopy("duplicate-term", { "glossaire.md": (t) => t.replace("id: qa", "id: recette") });
    expect(problems(dir)).toEqual([`${at("duplicate-term", "glossaire.md")}: terms[1].id: duplicate id "recette" (also terms[0])`]);
  });

  it("lists under each term the pages whose content uses one of its forms", () => {
    // The fixture writes « recette » in one body (administratrice-reseaux/missions.md) and « QA » as one alias (testeur/index.md).
    const registry = checkedRegistry(loadContent(fixture));
    // The printable fiche shows the missions' titles, not the section's text: it is not listed.
    expect(registry.usesOf("recette").map((p) => p.path)).toEqual(["/metiers/administratrice-reseaux/missions"]);
    expect(registry.usesOf("qa").map((p) => p.path)).toEqual(["/metiers/testeur"]);
  });

  it("a term no page's content uses", () => {
    const dir = brokenCopy("unused-term", { "metiers/testeur/index.md": (t) => t.replace("label: QA", "label: Assurance qualité") });
    expect(problems(dir)).toEqual([
      `${at("unused-term", "glossaire.md")}: terms[1].forms: "qa" is used by no page's content; a glossary term must be one the pages use (check its forms)`,
    ]);
  });

  it("a definition longer than two sentences allow", () => {
    const long = "Une phrase bien trop longue pour une définition. ".repeat(8).trim();
    const dir = brokenCopy("long-definition", { "glossaire.md": (t) => t.replace("L'assurance qualité.", long) });
    expect(problems(dir)).toEqual([
      `${at("long-definition", "glossaire.md")}: terms[1].definition: expected one or two sentences (at most 320 characters)`,
    ]);
  });
});
