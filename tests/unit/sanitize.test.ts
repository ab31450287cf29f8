import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";

/** Every trace of executable or styling markup that must never reach a page. */
const unsafe = [/<script/i, /<iframe/i, /<style/i, /<object/i, /<embed/i, /\son[a-z]+\s*=/i, /\sstyle\s*=/i, /javascript:/i, /alert\(/];
const unsafeIn = (html: string) => unsafe.filter((pattern) => pattern.test(html)).map(String);

describe("raw HTML in a markdown body is sanitized away", () => {
  it("drops <script> blocks, leaving the prose around them", () => {
    const { html } = renderMarkdown('Avant le script.\n\n<script>alert("bloc")</script>\n\nAprès le script.');
    expect(unsafeIn(html)).toEqual([]);
    expect(html).toContain("<p>Avant le script.</p>");
    expect(html).toContain("<p>Après le script.</p>");
  });

  it("drops event handlers and inline styles on inline HTML, keeping the text", () => {
    const { html } = renderMarkdown(
      `Une image <img src="x.png" onerror="alert('img')"> puis <span onclick="alert('clic')" style="color:red">un passage</span> ici.\n\n` +
        `<div onmouseover="alert('survol')">un bloc</div>\n\n<svg onload="alert('svg')"></svg>`,
    );
    expect(unsafeIn(html)).toEqual([]);
    expect(html).toContain("un passage");
  });

  it("drops frames, style sheets and embedded objects", () => {
    const { html } = renderMarkdown(
      '<iframe src="https://example.org"></iframe>\n\n<style>body { display: none }</style>\n\n<object data="x.swf"></object><embed src="x.swf">\n\nFin.',
    );
    expect(unsafeIn(html)).toEqual([]);
    expect(html).toContain("<p>Fin.</p>");
  });

  it("keeps a markdown link's text but not a javascript: address", () => {
    const { html } = renderMarkdown("[Un lien piégé](javascript:alert('lien')) et <a href=\"javascript:alert(1)\">un brut</a>.");
    expect(unsafeIn(html)).toEqual([]);
    expect(html).toContain("Un lien piégé");
  });

  it("marks external links and keeps them from reaching back to the page", () => {
    const { html, internalLinks } = renderMarkdown("[Un site](https://example.org/page) et [une page](/sources#a).");
    expect(html).toContain('<a href="https://example.org/page" rel="external noopener noreferrer" class="external">Un site</a>');
    expect(internalLinks).toEqual(["/sources#a"]);
  });
});

describe("a fixture page with raw HTML in its body", () => {
  const training =
    loadContent(path.resolve("tests/fixtures/content")).occupations.find((r) => r.slug === "testeur")?.training ??
    expect.fail("no testeur");

  it("loads, and renders its prose without the script, the handlers, the style or the javascript: link", () => {
    // The fixture really carries the hostile markup (so this test cannot pass vacuously)…
    expect(training.file).toMatch(/formation\.md$/);
    expect(unsafeIn(readFileSync(training.file, "utf8"))).toEqual(
      expect.arrayContaining([/<script/i, /\son[a-z]+\s*=/i, /\sstyle\s*=/i, /javascript:/i].map(String)),
    );
    // …and none of it survives rendering.
    expect(unsafeIn(training.body.html)).toEqual([]);
    expect(training.body.html).toContain("passage cliquable");
    expect(training.body.html).toContain("puis la fin du texte.");
  });
});
