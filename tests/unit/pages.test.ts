import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { descriptionLength, describePages, documentTitle, maxTitleLength } from "@/lib/site/registry";
import { previewText } from "@/lib/site/preview-text";
import { allPagePaths, previewImagePath } from "@/lib/site/routes";
import { site } from "@/lib/site/config";
// @ts-expect-error: plain ESM build script without type declarations
import { processHtml } from "../../scripts/post-export.mjs";

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
    expect(() => describePages(broken)).toThrow(new RegExp(`/metiers/${content.roles[0].slug}/missions: title ".*" has \\d+ characters \\(max 60\\)`));
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

describe("post-export keeps data blocks and our scripts, removes every other script", () => {
  const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

  it("keeps inline JSON-LD and data-enhance scripts", () => {
    const { html, removed } = processHtml(
      page('<script type="application/ld+json">{"@type":"WebPage","name":"a : b"}</script><script src="/enhance.js" defer data-enhance></script>'),
    );
    expect(removed).toBe(0);
    // Data is left as is: no French spacing inside JSON.
    expect(html).toContain('<script type="application/ld+json">{"@type":"WebPage","name":"a : b"}</script>');
    expect(html).toContain('<script src="/enhance.js" defer data-enhance=""></script>');
  });

  it("removes framework scripts, including one that claims to be JSON-LD but loads code", () => {
    const { html, removed } = processHtml(
      page(
        '<script>self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/a.js" async></script>' +
          '<script type="application/ld+json" src="/_next/static/chunks/b.js"></script><script type="module">import "/x.js"</script>',
      ),
    );
    expect(removed).toBe(4);
    expect(html).not.toContain("<script");
  });
});
