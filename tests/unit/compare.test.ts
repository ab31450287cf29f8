import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { compareSources, comparePair, countryPairs, getCountryPairs, pairSlug } from "@/lib/domain/compare";
import { buildRegistry } from "@/lib/site/registry";

describe("pairs of countries", () => {
  it("lists each unordered pair once, in one canonical (alphabetical) order", () => {
    expect(countryPairs(["maroc", "france"])).toEqual([["france", "maroc"]]);
    expect(countryPairs(["maroc", "france", "belgique"])).toEqual([
      ["belgique", "france"],
      ["belgique", "maroc"],
      ["france", "maroc"],
    ]);
    expect(countryPairs(["france"])).toEqual([]);
    expect(pairSlug("maroc", "france")).toBe("france-maroc");
  });
});

describe("comparisons computed from fixture content with a third country", () => {
  // Fixture content is passed in: no environment to swap.
  const content = loadContent(path.resolve("tests/fixtures/content"));
  const { countries } = content;
  const occupation = () => content.occupations.find((r) => r.slug === "testeur") ?? expect.fail("fixture occupation missing");

  it("adds the third country's pairs, pages included, with no code", () => {
    expect(getCountryPairs(occupation(), countries).map((p) => p.slug)).toEqual(["aland-borduria", "aland-syldavia", "borduria-syldavia"]);
    const paths = buildRegistry(content).pages.map((p) => p.path);
    expect(paths.filter((p) => p.startsWith("/metiers/testeur/comparer/"))).toEqual([
      "/metiers/testeur/comparer/aland-borduria",
      "/metiers/testeur/comparer/aland-syldavia",
      "/metiers/testeur/comparer/borduria-syldavia",
    ]);
  });

  it("puts the higher figure first in every ratio", () => {
    const pair = getCountryPairs(occupation(), countries).find((p) => p.slug === "aland-borduria");
    if (!pair) throw new Error("pair missing");
    const { ratios } = comparePair(occupation(), countries, pair.a, pair.b);
    // Aland junior 30–36 k€/year = 2 500–3 000 €/month; Bordurie 12 000 MAD at 10 000 = 1 000 € → 1 200 €/month.
    const junior = ratios.find((r) => r.higher.figure.id === "junior" || r.lower.figure.id === "junior");
    expect(junior?.higher.country.slug).toBe("aland");
    expect(junior?.ratio.low).toBeCloseTo(2500 / 1200, 6);
    expect(junior?.ratio.high).toBeCloseTo(3000 / 1200, 6);
  });

  it("sorts each topic's subjects into shared and single-source; an item without concepts is a subject of its own", () => {
    const topics = compareSources(occupation(), content, ["source-a", "source-b"]);
    const missions = topics.find((t) => t.key === "missions");
    expect(missions?.shared.map((c) => c.label)).toEqual(["Tester"]);
    expect(missions?.only["source-a"]?.map((c) => c.label)).toEqual(["Documenter"]);
    expect(missions?.only["source-b"]?.map((c) => c.label)).toEqual(["Phase : Préparer"]);
    const skills = topics.find((t) => t.key === "competences");
    expect(skills?.sharedExamples).toEqual(["Outil X"]);
    // Career paths count by destination: Chef is reached twice, both times per source B, so it counts once.
    const career = topics.find((t) => t.key === "evolution");
    expect(career?.only["source-a"]?.map((c) => c.label)).toEqual(["Lead"]);
    expect(career?.only["source-b"]?.map((c) => c.label)).toEqual(["Chef"]);
    // One subject per country's salaries, whatever the number of figures.
    const salaries = topics.find((t) => t.key === "salaires");
    expect(salaries?.only["source-a"]?.map((c) => c.id)).toEqual(["salaire-aland", "salaire-syldavia"]);
    expect(salaries?.only["source-b"]?.map((c) => c.id)).toEqual(["salaire-borduria"]);
  });

  it("says nothing of a topic's silence when a source speaks of it, and names the silent source otherwise", () => {
    const topics = compareSources(occupation(), content, ["source-a", "source-b"]);
    for (const t of topics) for (const id of t.silent) expect(t.concepts.some((c) => c.sources.includes(id))).toBe(false);
  });
});
