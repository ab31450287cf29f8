import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { type LinkableTerm, termMatcher } from "@/lib/site/glossary-links";
import { termsShown } from "@/lib/site/glossary-uses";

const term = (id: string, forms: string[], case_sensitive = false): LinkableTerm => ({
  id,
  path: `/glossaire#${id}`,
  definition: `Définition de ${id}.`,
  forms,
  case_sensitive,
});
const matcher = termMatcher([
  term("api", ["API"], true),
  term("recette", ["recette", "recettes"]),
  term("sql", ["SQL"], true),
  term("bdd", ["base de données"]),
]);

describe("termsShown: the terms a page's content uses", () => {
  it("reads strings at any depth and markdown bodies as text, in order", () => {
    const shows = [{ title: "Les recettes" }, [renderMarkdown("Une **API** documentée.")], "Du SQL"];
    expect(termsShown(shows, matcher)).toEqual(["recette", "api", "sql"]);
  });

  it("leaves out what is not read as text: ids, paths, sources, meta descriptions, headings of bodies", () => {
    const shows = {
      id: "api",
      path: "/recette",
      sources: ["SQL"],
      description: "Une API en meta description.",
      body: renderMarkdown("## Une API\n\nRien d'autre."),
    };
    expect(termsShown(shows, matcher)).toEqual([]);
  });

  it("keeps the case rule and whole words, and does not join two texts into one form", () => {
    expect(termsShown(["une api, les APIs", "une base", "de données"], matcher)).toEqual([]);
    expect(termsShown(undefined, matcher)).toEqual([]);
  });
});
