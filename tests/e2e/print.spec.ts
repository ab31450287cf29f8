import { expect, type Page, test } from "@playwright/test";
import { content } from "../support/content";
import { formatDay } from "@/lib/site/format";
import { fichePath, occupationPath } from "@/lib/site/routes";
import { editionOf, expectedRome, sampledFiches } from "../support/rome";
import { checkedPaths } from "./site";

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page prints without navigation, on a light background, with link targets (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ media: "print", colorScheme });
    for (const path of checkedPaths) {
      await page.goto(path);
      for (const nav of await page.locator("nav").all()) await expect(nav, path).toBeHidden();
      await expect(page.locator(".anchor").first()).toBeHidden();
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      expect(colours, path).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(0, 0, 0)" });
      // A link of the page's content shows where it leads (glossary terms print as plain words).
      // The printable fiches (ours and ROME's) lead back online by their address and code instead.
      const link = page
        .locator('main a[href^="/"]:not(.anchor):not(.terme):not([href^="/sources#"]):not(.fiche a):not(.rome-fiche a):visible')
        .first();
      if ((await link.count()) > 0) {
        const [href, after] = await link.evaluate((a) => [a.getAttribute("href"), getComputedStyle(a, "::after").content]);
        expect(after, path).toBe(`" (${href})"`);
      }
    }
  });
}

/** Everything a printed page shows as text: the rendered text plus generated content (link targets, labels). */
const printedText = (page: Page) =>
  page.evaluate(() => {
    const generated: string[] = [];
    for (const el of document.querySelectorAll("body *"))
      for (const pseudo of ["::before", "::after"]) {
        const content = getComputedStyle(el, pseudo).content;
        if (content && content !== "none" && content !== "normal") generated.push(content);
      }
    return `${document.body.innerText}\n${generated.join("\n")}`;
  });

for (const occupation of content.occupations) {
  test(`${occupation.title}: the printable fiche gathers every section, the edition date, the sources and the way back online`, async ({
    page,
  }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(fichePath(occupation.slug));
    for (const id of ["en-bref", "missions", "competences", "formation", "evolution", "salaires", "sources"])
      await expect(page.locator(`h2#${id}`)).toBeVisible();
    const fiche = page.locator("article.fiche");
    for (const item of [
      ...occupation.missions.items,
      ...occupation.skills.technical,
      ...occupation.skills.interpersonal,
      ...occupation.training.paths,
    ])
      await expect(fiche.getByText(item.title, { exact: true }).first()).toBeVisible();
    for (const r of occupation.career.roles) await expect(fiche.locator("#evolution ~ ul").getByText(r.title).first()).toBeVisible();
    await expect(page.locator(`time[datetime="${occupation.updated}"]`)).toHaveText(formatDay(occupation.updated));
    for (const source of content.sources) await expect(page.locator("#sources ~ ul").getByText(source.title)).toBeVisible();
    const siteUrl = process.env.SITE_URL ?? "";
    const qr = page.getByRole("img", { name: /^QR code vers la page en ligne/ });
    if (/^https?:\/\/(localhost|127\.)/.test(siteUrl)) {
      // A local preview: the page's path, no QR code, no host.
      await expect(qr).toHaveCount(0);
      await expect(page.locator("a.fiche-url")).toHaveText(occupationPath(occupation.slug));
      await expect(page.getByText("Aperçu local")).toBeVisible();
    } else {
      await expect(qr).toHaveAccessibleName(`QR code vers la page en ligne : ${siteUrl}${occupationPath(occupation.slug)}`);
      await expect(qr.locator("svg path")).toHaveCount(2);
      expect((await qr.boundingBox())?.width).toBeGreaterThan(80);
      await expect(page.locator("a.fiche-url")).toHaveText(`${siteUrl}${occupationPath(occupation.slug)}`);
    }
    // Paper shows no link targets on the fiche: the QR code and the address lead back online.
    const targets = await fiche.locator("a[href]").evaluateAll((as) => as.map((a) => getComputedStyle(a, "::after").content));
    expect(targets.filter((c) => c !== "none")).toEqual([]);
  });

  test(`${occupation.title}: every section page links to the printable fiche`, async ({ page }) => {
    await page.goto(occupationPath(occupation.slug, "missions"));
    await page.getByRole("link", { name: "Toutes les rubriques sur une page, à imprimer" }).click();
    await expect(page).toHaveURL(new RegExp(`${fichePath(occupation.slug)}$`));
  });

  test(`${occupation.title}: the fiche prints on at most 2 A4 pages, and never says localhost`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "PDF: once is enough");
    await page.goto(fichePath(occupation.slug));
    const pdf = await page.pdf({ format: "A4" });
    // Page objects of the PDF (not the /Type /Pages tree nodes).
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
    testInfo.annotations.push({ type: "pdf pages", description: String(pages) });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // What the PDF shows is the page in print media: its text and generated content.
    await page.emulateMedia({ media: "print" });
    const printed = await printedText(page);
    expect(printed).toContain(occupation.title);
    expect(printed).not.toMatch(/localhost|127\.0\.0\.1/i);
  });
}

// A ROME fiche on paper: two A4 pages at most, the largest one included (its size read from the CSV files).
const rome = expectedRome();
const largest = rome
  ? [...rome.appellations.reduce((m, a) => m.set(a.code, (m.get(a.code) ?? 0) + 1), new Map<string, number>())]
      .map(([code, titles]) => ({ code, size: titles + (rome.knowHow.get(code)?.length ?? 0) }))
      .sort((a, b) => b.size - a.size)[0]?.code
  : undefined;
for (const code of rome ? [...new Set([...(largest ? [largest] : []), ...sampledFiches(rome, 3)])] : []) {
  test(`ROME fiche ${code} prints on at most 2 A4 pages, with its title, code and credit`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "PDF: once is enough");
    await page.goto(`/fiches/${code.toLowerCase()}`);
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
    testInfo.annotations.push({ type: "pdf pages", description: String(pages) });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: "print" });
    const printed = await printedText(page);
    expect(printed).toContain(rome?.titles.get(code) ?? "?");
    expect(printed).toContain(`Fiche ROME ${code}`.toUpperCase());
    if (rome) expect(printed).toContain(`France Travail, ROME 4.0, ${editionOf(rome)}`);
  });
}
