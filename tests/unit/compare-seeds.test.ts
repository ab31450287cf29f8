import { describe, expect, it } from "vitest";
import { careerDestinations } from "@/lib/domain/career";
import { basisEffect, compareSources } from "@/lib/domain/compare";
import path from "node:path";
import { loadContent } from "@/lib/content/load";

/**
 * What each seed article says, written here by reading `/work/shared/seeds/*.txt`, independently of the items in
 * content/. Keys are the concept ids of content/notions.md, `poste-<id>` for career destinations and
 * `salaire-<pays>` for salaries. F = the fiche (000_…), A = the article (002_…).
 */
const F = "fiche-metier";
const A = "article-back-end";
const seeds: Record<string, string[]> = {
  // Fiche: « gestion des bases de données », « Administration de bases de données ». Article: « la conception, la
  // création et la gestion des bases de données ».
  "bases-de-donnees": [F, A],
  // Fiche: « notions d'API pour dialoguer avec des sites partenaires ». Article: « L'intégration des API ».
  api: [F, A],
  // Fiche: « Sécurité, gestion des accès ». Article: « sécuriser les transactions », authentification et autorisation.
  securite: [F, A],
  // Fiche: « Versioning de logiciel, par exemple avec Git ». Article: « La gestion des versions du code ».
  versioning: [F, A],
  // Both: « montée en charge », « performance » / « optimiser les performances », « grand nombre de requêtes ».
  performance: [F, A],
  // Both work closely with front-end developers.
  "travail-en-equipe": [F, A],
  langages: [F, A],
  frameworks: [F, A],
  // Fiche: « Développement de solutions et d'applications web », maintenance. Article: « Le développement et le
  // maintien de la logique serveur des applications web ».
  "applications-web": [F, A],
  // Only the fiche: tests (unitaires, frameworks de test), backups, scrum, documentation, CMS, infrastructure, training.
  tests: [F],
  sauvegarde: [F],
  agilite: [F],
  documentation: [F],
  "gestion-contenus": [F],
  infrastructure: [F],
  "brief-technique": [F],
  programmation: [F],
  "culture-informatique": [F],
  "ecole-informatique": [F],
  "dut-bts": [F],
  "ecole-ingenieurs": [F],
  // Only the article: explaining to non-technical people, keeping up with trends, anticipating errors.
  communication: [A],
  veille: [A],
  anticipation: [A],
  // Careers. Fiche: « Lead développeur, Chef de projet puis CTO », « expertise technique ». Article: « chef de projet,
  // de senior ou de lead developer », « la sécurité informatique ou l'architecture de systèmes ».
  "poste-lead": [F, A],
  "poste-chef-de-projet": [F, A],
  "poste-cto": [F],
  "poste-expertise": [F],
  "poste-senior": [A],
  "poste-securite": [A],
  "poste-architecture": [A],
  // Salaries: euro figures in the fiche, the Moroccan average in the article.
  "salaire-france": [F],
  "salaire-maroc": [A],
};

describe("the comparison of sources against a concept list read from the seed articles", () => {
  const content = loadContent(path.resolve("content"));
  const occupation = content.occupations.find((r) => r.slug === "developpeur-back-end");
  if (!occupation) throw new Error("developpeur-back-end is missing from content/");
  const ids = content.sources.map((s) => s.id);
  const topics = compareSources(occupation, content, ids);
  const concepts = new Map(topics.flatMap((t) => t.concepts.map((c) => [c.id, { topic: t, concept: c }] as const)));

  for (const [id, expected] of Object.entries(seeds))
    it(`${id}: covered by ${expected.join(" and ")}`, () => {
      const found = concepts.get(id);
      expect(found, `concept "${id}" is not compared at all`).toBeDefined();
      if (!found) return;
      expect(found.concept.sources).toEqual(ids.filter((s) => expected.includes(s)));
      // The « only in X » claim of every topic that lists the concept.
      for (const t of topics.filter((t) => t.concepts.some((c) => c.id === id))) {
        for (const s of ids) {
          const claimedOnly = (t.only[s] ?? []).some((c) => c.id === id);
          expect(claimedOnly, `${t.label}: « only in ${s} » for ${id}`).toBe(expected.length === 1 && expected[0] === s);
        }
        expect(t.shared.some((c) => c.id === id)).toBe(expected.length === ids.length);
      }
    });

  it("makes no « only in X » claim that the list read from the seeds does not back", () => {
    for (const t of topics)
      for (const s of ids) for (const c of t.only[s] ?? []) expect(seeds[c.id], `${t.label}: « only in ${s} » for ${c.id}`).toEqual([s]);
  });

  it("the article is silent on training, and only there", () => {
    expect(topics.find((t) => t.key === "formation")?.silent).toEqual([A]);
    for (const t of topics.filter((t) => t.key !== "formation")) expect(t.silent).toEqual([]);
  });
});

describe("career paths are counted by destination", () => {
  it("counts each post once and keeps CTO", () => {
    const occupation = loadContent(path.resolve("content")).occupations.find((r) => r.slug === "developpeur-back-end");
    if (!occupation) throw new Error("missing occupation");
    const titles = careerDestinations(occupation.career).map((d) => d.id);
    // Seeds: senior, lead, chef de projet, CTO, expertise (fiche and article), sécurité, architecture (article).
    expect(titles.sort()).toEqual(["architecture", "chef-de-projet", "cto", "expertise", "lead", "securite", "senior"]);
  });
});

describe("which way gross or net could move a gap", () => {
  it("says only what is sure", () => {
    expect(basisEffect("brut", "net")).toBe("plus petit");
    expect(basisEffect("net", "brut")).toBe("plus grand");
    expect(basisEffect("brut", "brut")).toBeNull();
    expect(basisEffect("non-precise", "non-precise")).toBe("plus grand ou plus petit");
    expect(basisEffect("brut", "non-precise")).toBe("plus petit");
    expect(basisEffect("non-precise", "brut")).toBe("plus grand");
  });
});
