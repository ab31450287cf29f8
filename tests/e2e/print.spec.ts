import { expect, test } from "@playwright/test";
import { content } from "../support/content";
import { formatDay } from "@/lib/site/format";
import { fichePath, rolePath } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/config";
import { sitePaths } from "./site";

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page prints without navigation, on a light background, with link targets (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ media: "print", colorScheme });
    for (const path of sitePaths) {
      await page.goto(path);
      for (const nav of await page.locator("nav").all()) await expect(nav, path).toBeHidden();
      await expect(page.locator(".anchor").first()).toBeHidden();
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      expect(colours, path).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(0, 0, 0)" });
      // A link of the page's content shows where it leads (glossary terms print as plain words).
      const link = page.locator('main a[href^="/"]:not(.anchor):not(.terme):not([href^="/sources#"]):not(.fiche-url):visible').first();
      if ((await link.count()) > 0) {
        const [href, after] = await link.evaluate((a) => [a.getAttribute("href"), getComputedStyle(a, "::after").content]);
        expect(after, path).toBe(`" (${href})"`);
      }
    }
  });
}

for (const role of content.roles) {
  test(`${role.title}: the printable fiche gathers every section, the edition date, the sources and a QR code`, async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(fichePath(role.slug));
    for (const id of ["metier", "missions", "competences", "formation", "salaires", "evolution", "sources"])
      await expect(page.locator(`h2#${id}`)).toBeVisible();
    for (const item of [...role.missions.items, ...role.skills.technical, ...role.training.paths])
      await expect(page.getByRole("heading", { name: item.title }).first()).toBeVisible();
    await expect(page.locator(`time[datetime="${role.updated}"]`)).toHaveText(formatDay(role.updated));
    for (const source of content.sources) await expect(page.locator("#sources ~ ul").getByText(source.title)).toBeVisible();
    const qr = page.getByRole("img", { name: `QR code vers la page en ligne : ${absoluteUrl(rolePath(role.slug))}` });
    await expect(qr).toBeVisible();
    await expect(qr.locator("svg path")).toHaveCount(2);
    expect((await qr.boundingBox())?.width).toBeGreaterThan(80);
    await expect(page.getByText(absoluteUrl(rolePath(role.slug)), { exact: true })).toBeVisible();
  });

  test(`${role.title}: every section page links to the printable fiche`, async ({ page }) => {
    await page.goto(rolePath(role.slug, "missions"));
    await page.getByRole("link", { name: "Toutes les rubriques sur une page, à imprimer" }).click();
    await expect(page).toHaveURL(new RegExp(`${fichePath(role.slug)}$`));
  });

  test(`${role.title}: the fiche prints to a PDF of a few A4 pages`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "PDF: once is enough");
    await page.goto(fichePath(role.slug));
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    testInfo.annotations.push({ type: "pdf pages", description: String(pages) });
    console.log(`${fichePath(role.slug)}: ${pages} A4 pages, ${Math.round(pdf.length / 1024)} KB`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(15);
  });
}
