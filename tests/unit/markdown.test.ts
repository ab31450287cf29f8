import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { slugify } from "@/lib/content/slug";
import { frenchSpacing } from "@/scripts/french-typography";

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
});
