import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { site } from "@/lib/site/config";
import { previewText } from "@/lib/site/preview-text";
import { ContentError, type ContentIssue, formatIssue } from "@/lib/content/errors";
import { buildRegistry, checkedRegistry, pageKinds } from "@/lib/site/registry";
import { documentTitle, maxTitleLength } from "@/lib/site/seo";
import { webPageGraph } from "@/lib/site/structured-data";
import { appPageFiles, expectedPagePaths } from "../support/expected-pages";

const fixtureRoot = path.resolve("tests/fixtures/content");
const fixture = loadContent(fixtureRoot);

describe("the page registry", () => {
  for (const [name, root] of [
    ["the site's content", path.resolve("content")],
    ["the fixture content", fixtureRoot],
  ] as const) {
    it(`lists exactly the pages of the app/ tree, filled from the file names of ${name}`, () => {
      const registry = buildRegistry(loadContent(root));
      expect(registry.pages.map((p) => p.path).sort()).toEqual(expectedPagePaths(root));
    });
  }

  it("has a page file in app/ for every kind of page it declares", () => {
    const files = new Set(appPageFiles());
    expect(pageKinds.filter((k) => !files.has(k.route)).map((k) => `${k.key}: no ${k.route}`)).toEqual([]);
  });

  it("declares a kind of page for every page file of app/", () => {
    const routes = new Set(pageKinds.map((k) => k.route));
    expect(appPageFiles().filter((file) => !routes.has(file))).toEqual([]);
  });

  it("declares each kind once, each with a page file of its own", () => {
    expect(new Set(pageKinds.map((k) => k.key)).size).toBe(pageKinds.length);
    expect(new Set(pageKinds.map((k) => k.route)).size).toBe(pageKinds.length);
  });

  it("has each page file ask for the params of its own kind", () => {
    for (const kind of pageKinds.filter((k) => existsSync(k.route)))
      for (const [, asked] of readFileSync(kind.route, "utf8").matchAll(/staticParams\("([^"]+)"\)/g))
        expect(asked, kind.route).toBe(kind.key);
  });

  it("names the sources each page cites: some on pages of facts, none on the glossary, search and offline pages", () => {
    const citeNothing = new Set(["/glossaire", "/recherche", "/hors-ligne"]);
    for (const p of buildRegistry(fixture).pages) {
      if (citeNothing.has(p.path)) expect(p.sources, p.path).toEqual([]);
      else expect(p.sources.length, p.path).toBeGreaterThan(0);
    }
  });

  it("lists every page but the search page in the directory, grouped by occupation", () => {
    const directory = buildRegistry(fixture).directory();
    expect(directory.map((g) => g.title)).toEqual(["Le guide", "Administratrice réseaux", "Testeur"]);
    expect(directory[0]?.pages).toEqual([
      { path: "/", label: "Accueil" },
      { path: "/sources", label: "Les sources" },
      { path: "/glossaire", label: "Le glossaire" },
      { path: "/donnees", label: "Les données ouvertes" },
      { path: "/hors-ligne", label: "Hors connexion" },
    ]);
    const listed = directory.flatMap((g) => g.pages.map((p) => p.path)).sort();
    expect(listed).toEqual(expectedPagePaths(fixtureRoot).filter((p) => p !== "/recherche"));
  });

  it("fails, naming the page, when an occupation's title makes a page title too long", () => {
    const long = "Technicienne de maintenance en systèmes industriels";
    const broken = { ...fixture, occupations: fixture.occupations.map((r) => ({ ...r, title: `${long} ${r.slug}` })) };
    expect(() => buildRegistry(broken)).toThrow(/\/metiers\/testeur\/missions: title ".*" has \d+ characters \(max 60\)/);
    expect(maxTitleLength).toBe(40);
  });

  it("reports every page-level problem an editor caused at once, each as file and page, before any preview is drawn", () => {
    const occupation = fixture.occupations.find((r) => r.slug === "testeur");
    const edited = {
      ...fixture,
      occupations: fixture.occupations.map((r) => (r === occupation ? { ...r, title: "Testeur ✓ qualité" } : r)),
    };
    let issues: ContentIssue[] = [];
    try {
      checkedRegistry({
        ...edited,
        occupations: edited.occupations.map((r) => (r === occupation ? r : { ...r, description: "Trop court." })),
      });
    } catch (error) {
      if (error instanceof ContentError) issues = error.issues;
    }
    const lines = issues.map(formatIssue);
    // The character no preview font draws, on the occupation's own file, for each page that draws it.
    expect(lines).toContain(
      `${occupation?.file}: page /metiers/testeur: preview.heading: « Testeur ✓ qualité » has characters its preview image's font lacks: « ✓ » (U+2713)`,
    );
    // And, in the same report, the other occupation's description that is now too short.
    expect(
      lines.some((l) =>
        l.includes("administratrice-reseaux/index.md: page /metiers/administratrice-reseaux: description has 11 characters"),
      ),
    ).toBe(true);
  });

  it("drops the site name from a title rather than let it pass 60 characters", () => {
    const longer = "Développeur back-end 100"; // 24 characters: fits alone, not with the site name, on some pages
    const registry = buildRegistry({
      ...fixture,
      occupations: fixture.occupations.filter((r) => r.slug === "testeur").map((r) => ({ ...r, title: longer })),
    });
    expect(documentTitle(registry.get("/metiers/testeur/salaires/aland"))).toBe("Salaire développeur back-end 100 en Aland");
    expect(documentTitle(registry.get("/metiers/testeur/missions"))).toBe("Missions\u00a0: Développeur back-end 100 · Guide des métiers");
  });
});

describe("a page's JSON-LD", () => {
  it("describes the page, its content date, the articles it cites and its breadcrumbs", () => {
    const page = buildRegistry(fixture).get("/metiers/testeur/salaires/borduria");
    const url = (p: string) => `${site.url}${p}`;
    expect(webPageGraph(page)).toEqual({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "WebPage",
          "@id": url("/metiers/testeur/salaires/borduria"),
          url: url("/metiers/testeur/salaires/borduria"),
          name: "Salaire testeur en Bordurie",
          description: "Testeur en Bordurie\u00a0: 12\u202f000\u00a0MAD par mois (salaire moyen). Niveaux, devise, brut ou net et source.",
          inLanguage: "fr",
          dateModified: "2025-01-02",
          isPartOf: { "@type": "WebSite", name: "Guide des métiers", url: site.url },
          primaryImageOfPage: {
            "@type": "ImageObject",
            url: url("/apercus/metiers/testeur/salaires/borduria.png"),
            width: "1200",
            height: "630",
          },
          breadcrumb: { "@id": `${url("/metiers/testeur/salaires/borduria")}#fil-d-ariane` },
          // The figures come from source B, and so does the exchange rate shown beside them.
          citation: [
            {
              "@type": "CreativeWork",
              name: "Source B",
              genre: "Article",
              inLanguage: "fr",
              publisher: { "@type": "Organization", name: "Éditeur B" },
              datePublished: "2024-05-01",
            },
          ],
          about: { "@id": `${url("/metiers/testeur")}#metier` },
        },
        {
          "@type": "BreadcrumbList",
          "@id": `${url("/metiers/testeur/salaires/borduria")}#fil-d-ariane`,
          itemListElement: [
            { "@type": "ListItem", position: 1, name: "Accueil", item: site.url },
            { "@type": "ListItem", position: 2, name: "Testeur", item: url("/metiers/testeur") },
            { "@type": "ListItem", position: 3, name: "Salaires", item: url("/metiers/testeur/salaires") },
            { "@type": "ListItem", position: 4, name: "Bordurie", item: url("/metiers/testeur/salaires/borduria") },
          ],
        },
      ],
    });
  });
});

describe("preview image text", () => {
  it("turns Intl's narrow spaces and the symbols the font lacks into ones it has", () => {
    expect(previewText("45\u202f000 à 55\u202f000\u00a0€")).toBe("45\u00a0000 à 55\u00a0000\u00a0€");
    expect(previewText("≈ 1 200 €")).toBe("env. 1 200 €");
    expect(previewText("Développeur → Lead « senior » œuvre")).toBe("Développeur - Lead « senior » œuvre");
  });

  it("refuses a character that would make the build fetch a font", () => {
    expect(() => previewText("Ingénieur 日本")).toThrow(
      'preview image text "Ingénieur 日本" has characters the preview font lacks: « 日 » (U+65E5), « 本 » (U+672C)',
    );
    expect(() => previewText("Bravo 🎉")).toThrow(/U\+1F389/);
  });
});

describe("what travels (descriptions and preview images) carries its conditions and labels", () => {
  const content = loadContent(path.resolve("content"));
  const pages = buildRegistry(content).pages;
  const travelling = (p: (typeof pages)[number]) => [p.description, ...p.preview.figures.flatMap((f) => [f.value, f.label])];

  it("never writes a ratio with a decimal, and says what a ratio is not wherever it gives one", () => {
    for (const p of pages)
      for (const text of travelling(p)) {
        expect(text, p.path).not.toMatch(/\d[,.]\d+\s*fois/);
        if (/\d\s*fois/.test(text) && text !== p.preview.figures[0]?.value) expect(text, p.path).toContain("À nuancer");
        // The ratio is our calculation: labelled wherever it travels.
        if (/\d\s*fois/.test(text)) expect(text, p.path).toMatch(/fois[^.]*\((calcul )?déduit/);
      }
    const pair = pages.find((p) => p.path.endsWith("/comparer/france-maroc"));
    // 45–55 k€ a year against about 1 200 € a month: 3.1 to 3.8 times, so 3 to 4 in whole numbers.
    expect(pair?.description).toMatch(/(de l'ordre de|environ) 3 à 4 fois/);
    expect(pair?.preview.figures[0]?.value).toBe("de l'ordre de 3 à 4 fois (calcul déduit par nous)");
    expect(pair?.preview.figures[0]?.label).toMatch(/sources différentes.*brut ou net inconnu.*année inconnue.*niveaux différents/);
  });

  it("marks a country we inferred wherever a description or preview names it next to its figures", () => {
    for (const occupation of content.occupations)
      for (const salary of occupation.salaries.filter((s) => s.inferred.country)) {
        const name = content.countries.find((c) => c.slug === salary.country)?.name ?? "";
        for (const p of pages.filter((x) => x.occupation?.slug === occupation.slug))
          for (const text of travelling(p).filter((t) => t.includes(name)))
            expect(text, `${p.path}: « ${text} »`).toMatch(new RegExp(`${name}[^,.;]*\\((pays )?déduit`));
      }
  });
});
