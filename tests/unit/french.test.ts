import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { aNoun, agree, allOf, count, inCountry, inSentence, ofTheNoun, pick, theNoun } from "@/lib/site/french";
import { checkedRegistry } from "@/lib/site/registry";

const noun = (title: string, gender: "masculine" | "feminine", elision: boolean) => ({ title, grammar: { gender, elision } });

describe("French around a title", () => {
  it("writes the articles from the occupation's grammar", () => {
    const cases = [
      [noun("Développeur back-end", "masculine", false), "le développeur back-end", "du développeur back-end", "un développeur back-end"],
      [
        noun("Administratrice réseaux", "feminine", true),
        "l'administratrice réseaux",
        "de l'administratrice réseaux",
        "une administratrice réseaux",
      ],
      [
        noun("Technicienne de maintenance", "feminine", false),
        "la technicienne de maintenance",
        "de la technicienne de maintenance",
        "une technicienne de maintenance",
      ],
      [noun("Ingénieur DevOps", "masculine", true), "l'ingénieur devops", "de l'ingénieur devops", "un ingénieur devops"],
    ] as const;
    for (const [n, the, ofThe, a] of cases) expect([theNoun(n), ofTheNoun(n), aNoun(n)]).toEqual([the, ofThe, a]);
  });

  it("keeps a form the content gives for inside a sentence (an acronym survives)", () => {
    const devops = { title: "Ingénieur DevOps", grammar: { gender: "masculine" as const, elision: true, in_sentence: "ingénieur DevOps" } };
    expect(ofTheNoun(devops)).toBe("de l'ingénieur DevOps");
  });

  it("agrees a participle and places a country with its preposition", () => {
    expect(agree(noun("Administratrice réseaux", "feminine", true), "appelé", "appelée")).toBe("appelée");
    expect(agree(noun("Testeur", "masculine", false), "appelé", "appelée")).toBe("appelé");
    expect(inCountry({ preposition: "au", name: "Maroc" })).toBe("au Maroc");
  });

  it("counts with French plural rules (0 and 1 are singular)", () => {
    expect([0, 1, 2, 1000].map((n) => count(n, "mission", "missions"))).toEqual([
      "0 mission",
      "1 mission",
      "2 missions",
      "1\u202f000 missions",
    ]);
    expect(pick(1, "Source : ", "Sources : ")).toBe("Source : ");
    expect(pick(3, "Source : ", "Sources : ")).toBe("Sources : ");
    expect([2, 3, 12].map(allOf)).toEqual(["les deux", "les trois", "les 12"]);
  });
});

describe("a feminine occupation starting with a vowel, in three countries, from content files only", () => {
  const registry = checkedRegistry(loadContent(path.resolve("tests/fixtures/content")));
  const base = "/metiers/administratrice-reseaux";
  const pages = registry.pages.filter((p) => p.path === base || p.path.startsWith(`${base}/`));
  const page = (p: string) => registry.get(`${base}${p}`);

  it("has its pages, at the paths written here", () => {
    expect(pages.map((p) => p.path)).toEqual([
      base,
      `${base}/missions`,
      `${base}/competences`,
      `${base}/formation`,
      `${base}/salaires`,
      `${base}/evolution`,
      `${base}/comparer`,
      `${base}/salaires/aland`,
      `${base}/salaires/borduria`,
      `${base}/salaires/syldavia`,
      `${base}/comparer/aland-borduria`,
      `${base}/comparer/aland-syldavia`,
      `${base}/comparer/borduria-syldavia`,
      `${base}/fiche`,
    ]);
    for (const p of pages) expect(p.lastModified, p.path).toBe("2025-03-04");
  });

  it("has its section navigation on every page, the current tab marked", () => {
    const nav = page("/salaires/borduria").nav;
    expect(nav?.map((n) => [n.label, n.path])).toEqual([
      ["Le métier", base],
      ["Missions", `${base}/missions`],
      ["Compétences", `${base}/competences`],
      ["Formation", `${base}/formation`],
      ["Salaires", `${base}/salaires`],
      ["Évolution", `${base}/evolution`],
      ["Comparer", `${base}/comparer`],
    ]);
    expect(page("/salaires/borduria").section).toBe("salaires");
    expect(page("/comparer/aland-syldavia").section).toBe("comparer");
    for (const p of pages) expect(p.nav, p.path).toEqual(nav);
  });

  it("compares its three pairs of countries", () => {
    expect(["/comparer/aland-borduria", "/comparer/aland-syldavia", "/comparer/borduria-syldavia"].map((p) => page(p).heading)).toEqual([
      "Aland et Bordurie\u00a0: les salaires côte à côte",
      "Aland et Syldavie\u00a0: les salaires côte à côte",
      "Bordurie et Syldavie\u00a0: les salaires côte à côte",
    ]);
    expect(page("/comparer").preview.figures[0]?.value).toBe("3 paires de pays");
    expect(page("/comparer/borduria-syldavia").trail.map((c) => c.name)).toEqual([
      "Accueil",
      "Administratrice réseaux",
      "Comparer",
      "Bordurie et Syldavie",
    ]);
  });

  it("writes correct French around its title", () => {
    expect(page("/missions").heading).toBe("Les missions de l'administratrice réseaux");
    expect(page("/competences").heading).toBe("Les compétences de l'administratrice réseaux");
    expect(page("/salaires").heading).toBe("Le salaire de l'administratrice réseaux");
    expect(page("/formation").heading).toBe("Devenir administratrice réseaux");
    expect(page("/evolution").heading).toBe("Évoluer quand on est administratrice réseaux");
    expect(page("/salaires").description).toBe(
      "Combien gagne une administratrice réseaux\u00a0: Aland, Bordurie, Syldavie. Montants tels que donnés par les sources, convertis en euros par mois et par an.",
    );
    expect(page("/salaires/borduria").title).toBe("Salaire administratrice réseaux en Bordurie");
    expect(page("/salaires/borduria").heading).toBe("Salaire en Bordurie");
  });

  it("counts what it holds, singular and plural", () => {
    expect(page("/missions").preview.figures).toEqual([{ value: "2 missions", label: "2 phases de travail" }]);
    expect(page("/competences").preview.figures).toEqual([{ value: "1 compétence technique", label: "et 2 savoir-être" }]);
    expect(page("/formation").preview.figures[0]?.value).toBe("2 voies d'accès");
    expect(page("/evolution").preview.figures[0]?.value).toBe("1 évolution citée");
  });

  it("leaves the masculine occupation beside it as it was", () => {
    expect(registry.get("/metiers/testeur/missions").heading).toBe("Les missions du testeur");
    expect(registry.get("/metiers/testeur/salaires").description.startsWith("Combien gagne un testeur\u00a0: ")).toBe(true);
  });
});

describe("a title of both genders (« Développeur / Développeuse back-end »)", () => {
  const grammar = (masculine: string, feminine: string, elision = false) => ({ gender: "both" as const, elision, masculine, feminine });
  const dev = { title: "Développeur / Développeuse back-end", grammar: grammar("développeur back-end", "développeuse back-end") };
  const admin = {
    title: "Administrateur / Administratrice réseaux",
    grammar: grammar("administrateur réseaux", "administratrice réseaux", true),
  };
  it("says both forms, their shared ending once, each with its article", () => {
    expect(inSentence(dev)).toBe("développeur ou développeuse back-end");
    expect(theNoun(dev)).toBe("le développeur ou la développeuse back-end");
    expect(ofTheNoun(dev)).toBe("du développeur ou de la développeuse back-end");
    expect(aNoun(dev)).toBe("un développeur ou une développeuse back-end");
    expect(agree(dev, "appelé", "appelée")).toBe("appelé(e)");
  });
  it("elides each article before a vowel, never « un » or « une »", () => {
    expect(theNoun(admin)).toBe("l'administrateur ou l'administratrice réseaux");
    expect(ofTheNoun(admin)).toBe("de l'administrateur ou de l'administratrice réseaux");
    expect(aNoun(admin)).toBe("un administrateur ou une administratrice réseaux");
  });
});
