import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { slugify } from "@/lib/content/slug";
import { renderToStaticMarkup } from "react-dom/server";
import { fr, frenchSpacing, spacedStrings } from "@/lib/content/french-spacing";

describe("the markdown pipeline", () => {
  it("gives headings stable French ASCII ids, unique in the document, with an anchor link", () => {
    const { html } = renderMarkdown("## Évolution de carrière\n\n## Évolution de carrière\n\n### Où ?");
    expect(html).toContain(
      '<h2 id="evolution-de-carriere" class="anchored">Évolution de carrière<a class="anchor" href="#evolution-de-carriere"',
    );
    expect(html).toContain('id="evolution-de-carriere-2"');
    expect(html).toContain('<h3 id="ou"');
  });

  it("removes raw scripts and event handlers", () => {
    const { html } = renderMarkdown(
      'Texte <script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)" alt="x">\n\n[lien](javascript:alert(3))',
    );
    // Raw HTML is dropped (its inner text may stay, as inert text); dangerous URLs lose their href.
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/);
  });

  it("marks external links and collects internal ones", () => {
    const { html, internalLinks } = renderMarkdown("[a](/sources#fiche-metier) [b](https://example.org)");
    expect(internalLinks).toEqual(["/sources#fiche-metier"]);
    expect(html).toContain('rel="external noopener noreferrer"');
  });
});

describe("slugs and French spacing", () => {
  it("turns French text into ASCII ids", () => {
    expect(slugify("Compétences relationnelles")).toBe("competences-relationnelles");
    expect(slugify("L'œuvre d'un « CTO » !")).toBe("l-oeuvre-d-un-cto");
  });

  it("makes the space before high punctuation and inside guillemets unbreakable", () => {
    expect(frenchSpacing("Source : fiche ; vrai ? oui ! « mot »")).toBe(
      "Source\u00A0: fiche\u202F; vrai\u202F? oui\u202F! «\u00A0mot\u00A0»",
    );
    expect(frenchSpacing("http://exemple.fr:8080 et 10:30")).toBe("http://exemple.fr:8080 et 10:30");
  });

  it("spaces sentences built in code, every string of a frontmatter object, and markdown bodies but not their code", () => {
    expect(fr`${"Salaires"} : ${"France ; Maroc"}`).toBe("Salaires\u00A0: France\u202F; Maroc");
    expect(spacedStrings({ a: ["x : y", 3, { b: "« z »" }], d: new Date(0) })).toEqual({
      a: ["x\u00A0: y", 3, { b: "«\u00A0z\u00A0»" }],
      d: new Date(0),
    });
    expect(renderMarkdown("Vrai ? Oui : `a : b`").html).toBe("<p>Vrai\u202F? Oui\u00A0: <code>a : b</code></p>");
  });

  it("spaces the text of every element rendered through the site's JSX runtime (tsconfig jsxImportSource), not code", () => {
    const label = "Salaire";
    expect(renderToStaticMarkup(<p>{label} : 45 000 € ; « net »</p>)).toBe("<p>Salaire\u00A0: 45 000 €\u202F; «\u00A0net\u00A0»</p>");
    expect(renderToStaticMarkup(<code>a : b</code>)).toBe("<code>a : b</code>");
    expect(renderToStaticMarkup(<>x ? y</>)).toBe("x\u202F? y");
  });

  it("spaces the attributes a reader sees or hears (title, alt, aria-label…), not the others, not in code", () => {
    const title = "Rubriques";
    expect(renderToStaticMarkup(<nav aria-label={`${title} : x`} title="a ; b" data-x="c : d" />)).toBe(
      '<nav aria-label="Rubriques\u00A0: x" title="a\u202F; b" data-x="c : d"></nav>',
    );
    expect(renderToStaticMarkup(<code title="a : b">c</code>)).toBe('<code title="a : b">c</code>');
  });
});
