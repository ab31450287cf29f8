import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { occupationOutputs, pageFile } from "@/lib/site/outputs";
import { checkedRegistry } from "@/lib/site/registry";

// The files the build keeps per occupation (scripts/output-cache.ts): every file of the export that an
// occupation's content makes, and nothing of the guide's. Expected names follow the URL map (README, "What is on
// the site") and the export's layout (README, Deployment: `/metiers/x/salaires` is out/metiers/x/salaires.html).
const content = loadContent(path.resolve("tests/fixtures/content"));
const registry = checkedRegistry(content);
const outputs = occupationOutputs(content, registry);

describe("occupationOutputs", () => {
  it("maps a page path to its file in out/", () => {
    expect(pageFile("/")).toBe("index.html");
    expect(pageFile("/metiers/testeur/salaires")).toBe("metiers/testeur/salaires.html");
  });

  it("lists, for each occupation, its pages, their preview images and its open data files", () => {
    expect([...outputs.keys()].sort()).toEqual(["administratrice-reseaux", "testeur"]);
    const files = outputs.get("testeur") ?? [];
    for (const file of [
      "metiers/testeur.html",
      "metiers/testeur/missions.html",
      "metiers/testeur/competences.html",
      "metiers/testeur/formation.html",
      "metiers/testeur/salaires.html",
      "metiers/testeur/evolution.html",
      "metiers/testeur/comparer.html",
      "metiers/testeur/fiche.html",
      "apercus/metiers/testeur.png",
      "apercus/metiers/testeur/fiche.png",
      "donnees/testeur.json",
      "donnees/testeur-salaires.csv",
    ])
      expect(files, file).toContain(file);
    expect(new Set(files).size).toBe(files.length);
  });

  it("gives every occupation page (and its preview) to exactly one occupation, and no guide page to any", () => {
    const all = [...outputs.values()].flat();
    for (const page of registry.pages) {
      const owners = [...outputs].filter(([, files]) => files.includes(pageFile(page.path))).map(([slug]) => slug);
      expect(owners, page.path).toEqual(page.occupation ? [page.occupation.slug] : []);
    }
    for (const guideFile of ["index.html", "sources.html", "glossaire.html", "recherche.html", "donnees.html", "donnees/glossaire.json"])
      expect(all).not.toContain(guideFile);
  });
});
