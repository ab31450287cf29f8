import type { Element } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { type LinkableTerm, linkGlossaryTerms, termMatcher } from "@/lib/site/glossary-links";

const term = (id: string, forms: string[], case_sensitive = false): LinkableTerm => ({
  id,
  path: `/glossaire#${id}`,
  definition: `Définition de ${id}.`,
  forms,
  case_sensitive,
});
const terms = [
  term("api", ["API"], true),
  term("base-de-donnees", ["base de données", "bases de données"]),
  term("lead", ["lead développeur", "lead"]),
  term("but", ["BUT"], true),
  term("net", ["net"], true),
  term("veille", ["« veille »"]),
  term("systeme-d-information", ["système d'information"]),
];

/** Links `html` (a fragment) and returns the resulting HTML and the ids linked. */
function link(html: string, used?: Set<string>) {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const ids = linkGlossaryTerms(tree, termMatcher(terms), used);
  return { html: unified().use(rehypeStringify).stringify(tree), ids };
}

describe("linkGlossaryTerms", () => {
  it("links the first use of a term only, with its definition as description", () => {
    const { html, ids } = link("<p>Une API relie deux logiciels ; cette API est documentée.</p>");
    expect(html).toBe(
      '<p>Une <a href="/glossaire#api" class="terme" title="Définition de api.">API</a> relie deux logiciels ; cette API est documentée.</p>',
    );
    expect(ids).toEqual(["api"]);
  });

  it("counts any form of the term as its use, across elements, in document order", () => {
    const { html, ids } = link("<p>Les bases de données</p><p>une base de données</p>");
    expect(html).toBe(
      '<p>Les <a href="/glossaire#base-de-donnees" class="terme" title="Définition de base-de-donnees.">bases de données</a></p><p>une base de données</p>',
    );
    expect(ids).toEqual(["base-de-donnees"]);
  });

  it("prefers the longest form and matches whole words only", () => {
    const { html } = link("<p>Devenir Lead développeur. Les APIs, le BUTane, internet.</p>");
    expect(html).toContain('<a href="/glossaire#lead" class="terme" title="Définition de lead.">Lead développeur</a>');
    expect(html).not.toContain("#api");
    expect(html).not.toContain("#but");
    expect(html).not.toContain("#net");
  });

  it("respects case for case-sensitive terms, ignores it otherwise", () => {
    expect(link("<p>Le but du BUT.</p>").html).toBe(
      '<p>Le but du <a href="/glossaire#but" class="terme" title="Définition de but.">BUT</a>.</p>',
    );
    expect(link("<p>Un LEAD.</p>").ids).toEqual(["lead"]);
  });

  it("matches across no-break spaces and either apostrophe", () => {
    expect(link("<p>la\u00A0«\u00A0veille\u00A0» continue</p>").ids).toEqual(["veille"]);
    expect(link("<p>le système d’information</p>").ids).toEqual(["systeme-d-information"]);
    expect(link("<p>il veille aux performances</p>").ids).toEqual([]);
  });

  it("never links inside headings, links, buttons, code, navigation or opted-out parts", () => {
    const { ids } = link(
      '<h2>API</h2><a href="/x">API</a><button>API</button><code>API</code><nav>API</nav><div data-no-glossary>API</div><p aria-hidden="true">API</p>',
    );
    expect(ids).toEqual([]);
    expect(link("<h2>API</h2><p>Une API.</p>").html).toContain('<p>Une <a href="/glossaire#api"');
  });

  it("skips terms already linked elsewhere on the page", () => {
    expect(link("<p>Une API et une base de données.</p>", new Set(["api"])).ids).toEqual(["base-de-donnees"]);
  });

  it("keeps the text around the links intact", () => {
    const tree = unified().use(rehypeParse, { fragment: true }).parse("<p>API, SQL et base de données : voilà.</p>");
    linkGlossaryTerms(tree, termMatcher(terms));
    const p = tree.children[0] as Element;
    const text = p.children
      .map((c) => (c.type === "text" ? c.value : c.type === "element" ? (c.children[0] as { value: string }).value : ""))
      .join("");
    expect(text).toBe("API, SQL et base de données : voilà.");
  });
});
