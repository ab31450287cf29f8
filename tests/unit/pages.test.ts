import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { descriptionLength, describePages, documentTitle, maxTitleLength } from "@/lib/pages";
import { previewText } from "@/lib/preview-text";
import { allPagePaths, previewImagePath } from "@/lib/routes";
import { site } from "@/lib/site";

describe("the page catalogue", () => {
  const content = loadContent();
  const pages = describePages(content);

  it("describes exactly the pages the site lists", () => {
    expect(pages.map((p) => p.path).sort()).toEqual(allPagePaths(content).sort());
  });

  it("gives every page a unique title that fits 60 characters with the site name, and a 70–160 character description", () => {
    for (const p of pages) {
      const full = p.path === "/" ? p.title : `${p.title} · ${site.name}`;
      expect([...full].length, full).toBeLessThanOrEqual(60);
      expect([...p.description].length, p.path).toBeGreaterThanOrEqual(descriptionLength.min);
      expect([...p.description].length, p.path).toBeLessThanOrEqual(descriptionLength.max);
    }
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => previewImagePath(p.path))).size).toBe(pages.length);
  });

  it("names the sources each page cites, only known ones", () => {
    const ids = new Set(content.sources.map((s) => s.id));
    // The glossary (our own plain definitions) and the search page state no fact from the articles.
    const citeNothing = new Set(["/glossaire", "/recherche"]);
    for (const p of pages) {
      if (citeNothing.has(p.path)) expect(p.sources, p.path).toEqual([]);
      else expect(p.sources.length, p.path).toBeGreaterThan(0);
      for (const id of p.sources) expect(ids.has(id), `${p.path}: ${id}`).toBe(true);
    }
  });

  it("fails, naming the page, when an occupation's title makes a page title too long", () => {
    const long = "Technicienne de maintenance en systèmes industriels";
    const broken = { ...content, roles: content.roles.map((r) => ({ ...r, title: long })) };
    expect(() => describePages(broken)).toThrow(new RegExp(`/metiers/${content.roles[0]?.slug}/missions: title ".*" has \\d+ characters \\(max 60\\)`));
    expect(maxTitleLength).toBe(40);
  });

  it("drops the site name from a title rather than let it pass 60 characters", () => {
    const longer = "Développeur back-end 100"; // 24 characters: fits alone, not with the site name, on some pages
    const pagesOf = describePages({ ...content, roles: content.roles.map((r) => ({ ...r, title: longer })) });
    const france = pagesOf.find((p) => p.path.endsWith("/salaires/france"));
    if (!france) throw new Error("no France salary page");
    expect(documentTitle(france)).toBe("Salaire développeur back-end 100 en France");
    const missions = pagesOf.find((p) => p.path.endsWith("/missions"));
    if (!missions) throw new Error("no missions page");
    expect(documentTitle(missions)).toBe("Missions : Développeur back-end 100 · Guide des métiers");
  });
});

describe("preview image text", () => {
  it("turns Intl's narrow spaces and the symbols the font lacks into ones it has", () => {
    expect(previewText("45\u202f000 à 55\u202f000\u00a0€")).toBe("45\u00a0000 à 55\u00a0000\u00a0€");
    expect(previewText("≈ 1 200 €")).toBe("env. 1 200 €");
    expect(previewText("Développeur → Lead « senior » œuvre")).toBe("Développeur - Lead « senior » œuvre");
  });

  it("refuses a character that would make the build fetch a font", () => {
    expect(() => previewText("Ingénieur 日本")).toThrow('preview image text "Ingénieur 日本" has characters the preview font lacks: U+65E5, U+672C');
    expect(() => previewText("Bravo 🎉")).toThrow(/U\+1F389/);
  });
});

describe("what travels (descriptions and preview images) carries its conditions and labels", () => {
  const content = loadContent();
  const pages = describePages(content);
  const travelling = (p: (typeof pages)[number]) => [p.description, ...p.preview.figures.flatMap((f) => [f.value, f.label])];

  it("never writes a ratio with a decimal, and says what a ratio is not wherever it gives one", () => {
    for (const p of pages)
      for (const text of travelling(p)) {
        expect(text, p.path).not.toMatch(/\d[,.]\d+\s*fois/);
        if (/\d\s*fois/.test(text) && text !== p.preview.figures[0]?.value) expect(text, p.path).toContain("À nuancer");
      }
    const pair = pages.find((p) => p.path.endsWith("/comparer/france-maroc"));
    // 45–55 k€ a year against about 1 200 € a month: 3.1 to 3.8 times, so 3 to 4 in whole numbers.
    expect(pair?.description).toContain("de l'ordre de 3 à 4 fois");
    expect(pair?.preview.figures[0]?.value).toBe("de l'ordre de 3 à 4 fois");
    expect(pair?.preview.figures[0]?.label).toMatch(/sources différentes.*brut ou net inconnu.*année inconnue.*niveaux différents/);
  });

  it("marks a country we inferred wherever a description or preview names it next to its figures", () => {
    for (const role of content.roles)
      for (const salary of role.salaries.filter((s) => s.inferred.country)) {
        const name = content.countries.find((c) => c.slug === salary.country)?.name ?? "";
        for (const p of pages.filter((x) => x.role?.slug === role.slug))
          for (const text of travelling(p).filter((t) => t.includes(name)))
            expect(text, `${p.path}: « ${text} »`).toMatch(new RegExp(`${name}[^,.;]*\\((pays )?déduit`));
      }
  });
});
