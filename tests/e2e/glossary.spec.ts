import { expect, test } from "@playwright/test";
import { content } from "../support/content";
import { glossaryPath, occupationPath } from "@/lib/site/routes";
import { sitePaths } from "./site";

const glossary = content.glossary;
const termById = new Map(glossary.terms.map((t) => [t.id, t]));
const squash = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, " ").trim();
/** Text of an HTML attribute or text node as the browser reads it. */
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Spaces as one plain space, apostrophes straight: how forms and texts are compared. */
const normal = (s: string) => squash(s).replace(/’/g, "'");
/** The text of a page's main content, as a reader sees it. */
const mainText = (html: string) => normal(decode((/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "").replace(/<[^>]*>/g, " ")));

/** The glossary links of a page's main content: [term id, title, link text]. */
function termLinks(html: string): { id: string; title: string; text: string }[] {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  return [...main.matchAll(/<a href="\/glossaire#([^"]+)" class="terme" title="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({
    id: m[1] ?? "",
    title: decode(m[2] ?? ""),
    text: decode(m[3] ?? ""),
  }));
}

test.describe("automatic glossary links", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === "phone", "HTML checks: once is enough");
  });

  test("each page links a term at most once, to an existing definition, with that definition as title", async ({ request }) => {
    let total = 0;
    for (const path of sitePaths.filter((p) => p !== glossaryPath)) {
      const links = termLinks(await (await request.get(path)).text());
      const ids = links.map((l) => l.id);
      expect(new Set(ids).size, `${path}: a term linked twice`).toBe(ids.length);
      for (const link of links) {
        const term = termById.get(link.id);
        expect(term, `${path}: #${link.id}`).toBeDefined();
        expect(squash(link.title)).toBe(squash(term?.definition ?? ""));
        // The linked text is one of the term's forms.
        const forms = (term?.forms ?? []).map((f) => squash(f).toLowerCase().replace(/’/g, "'"));
        expect(forms, `${path}: "${link.text}"`).toContain(squash(link.text).toLowerCase().replace(/’/g, "'"));
      }
      total += links.length;
    }
    expect(total).toBeGreaterThan(glossary.terms.length);
  });

  test("only the first use is linked: a term repeated in a page gets one link, on its first occurrence", async ({ page }) => {
    const occupation = content.occupations[0];
    if (!occupation) throw new Error("the content has no occupation");
    await page.goto(occupationPath(occupation.slug, "missions"));
    const main = page.locator("main");
    const links = main.locator("a.terme");
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    // Find a linked term whose text occurs again later in the page; it must stay plain text there.
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const text = (await link.textContent()) ?? "";
      const href = (await link.getAttribute("href")) ?? "";
      const occurrences = await main.evaluate((el, word) => el.textContent.split(word).length - 1, text);
      if (occurrences < 2) continue;
      await expect(main.locator(`a.terme[href="${href}"]`)).toHaveCount(1);
      const isFirst = await main.evaluate(
        (el, [word, target]) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.includes(word)) continue;
            // The first occurrence outside headings and other links must be the glossary link.
            const parent = n.parentElement;
            if (parent?.closest("h1,h2,h3,h4,h5,h6,nav,[data-no-glossary]") || (parent?.closest("a") && !parent.closest("a.terme")))
              continue;
            return parent?.closest("a.terme")?.getAttribute("href") === target;
          }
          return false;
        },
        [text, href] as const,
      );
      expect(isFirst, `"${text}" is linked on its first use`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("no term is linked inside headings, navigation or other links, nor on the glossary page", async ({ page }) => {
    for (const path of [occupationPath(content.occupations[0]?.slug ?? ""), glossaryPath]) {
      await page.goto(path);
      await expect(page.locator(":is(h1,h2,h3,h4,nav,a:not(.terme)) a.terme")).toHaveCount(0);
    }
    await expect(page.locator("a.terme")).toHaveCount(0);
  });
});

test("a term link leads to its definition, which lists the pages using the term", async ({ page }) => {
  const occupation = content.occupations[0];
  if (!occupation) throw new Error("the content has no occupation");
  await page.goto(occupationPath(occupation.slug, "missions"));
  const link = page.locator("main a.terme").first();
  const href = (await link.getAttribute("href")) ?? "";
  const id = href.split("#")[1] ?? "";
  const term = termById.get(id);
  expect(term).toBeDefined();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${glossaryPath}#${id}$`));
  const heading = page.locator(`h3#${id}`);
  await expect(heading).toBeInViewport();
  await expect(heading).toContainText(term?.term ?? "");
  await expect(page.locator(`[data-glossary-uses="${id}"] a[href="${occupationPath(occupation.slug, "missions")}"]`)).toHaveCount(1);
});

test("the glossary page: every term, with its anchor, definition and the real pages that use it", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "HTML checks: once is enough");
  const html = await (await request.get(glossaryPath)).text();
  expect(glossary.terms.length).toBeGreaterThanOrEqual(25);
  const pageTexts = new Map<string, string>();
  for (const term of glossary.terms) {
    expect(html, term.id).toContain(`id="${term.id}"`);
    const list = new RegExp(`data-glossary-uses="${term.id}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? "";
    const paths = [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(paths.length, `${term.id} is used somewhere`).toBeGreaterThan(0);
    for (const p of paths) {
      expect(sitePaths).toContain(p);
      if (!pageTexts.has(p)) pageTexts.set(p, mainText(await (await request.get(p)).text()));
      // Computed, not typed: the listed page's text does use one of the term's forms.
      const text = pageTexts.get(p) ?? "";
      const found = term.forms.some((f) =>
        (term.case_sensitive ? text : text.toLowerCase()).includes(normal(term.case_sensitive ? f : f.toLowerCase())),
      );
      expect(found, `${p} uses ${term.id} (${term.forms.join(", ")})`).toBe(true);
    }
  }
});
