import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { content } from "../support/content";
import { occupationPath, salaryPath } from "@/lib/site/routes";
import type { Addition } from "@/lib/content/schema";
import { checkedPaths, sitePaths, watchConsole } from "./site";

for (const path of checkedPaths) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} (${colorScheme}): 200, one h1, a title, no console error, no axe violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const noConsoleErrors = watchConsole(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(10);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      const axe = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      noConsoleErrors();
    });
  }

  test(`${path}: reads and navigates with JavaScript disabled`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("main")).not.toBeEmpty();
    // Every link the page offers is a plain link to a page that answers (followed without JavaScript).
    const hrefs = await page
      .locator("main a[href^='/'], nav a[href^='/']")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of [...new Set(hrefs.map((h) => h.split("#")[0] ?? ""))].slice(0, 40)) {
      const target = await context.request.get(href, { maxRedirects: 0 });
      expect(target.status(), `${path} → ${href}`).toBe(200);
    }
    await context.close();
  });
}

// No page wider than a phone's screen, with JavaScript on (enhance.js adds buttons): the guide's pages and the
// referential's sample (every page of it is checked for links and HTML validity by npm test, without a browser).
for (const path of checkedPaths) {
  for (const width of [360, 390]) {
    test(`${path}: no wider than a ${width} px screen, JavaScript on`, async ({ page }) => {
      await page.setViewportSize({ width, height: 780 });
      await page.goto(path);
      await page.waitForFunction(() => document.readyState === "complete");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    });
  }
}

test("the skip link moves focus to the main content", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "keyboard navigation: desktop");
  await page.goto(sitePaths[0] ?? "/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});

test("an unknown URL gets the custom 404 page with status 404", async ({ page }) => {
  for (const path of ["/nulle-part", "/metiers/astronaute", "/metiers/developpeur-back-end/salaires/japon"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("h1")).toHaveText("Cette page n'existe pas");
  }
});

test("what we add to the sources is shown where it belongs, each item labelled « Hors sources »", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "content check: once is enough");
  const occupation = content.occupations[0];
  if (!occupation) throw new Error("the content has no occupation");
  const byPage: [string, readonly Addition[]][] = [
    [occupationPath(occupation.slug), occupation.added ?? []],
    [occupationPath(occupation.slug, "formation"), occupation.training.added ?? []],
    [occupationPath(occupation.slug, "evolution"), occupation.career.added ?? []],
    ...occupation.salaryCountries.map((c): [string, readonly Addition[]] => [
      salaryPath(occupation.slug, c),
      content.countries.find((x) => x.slug === c)?.added ?? [],
    ]),
  ];
  expect(byPage.flatMap(([, items]) => items).length).toBeGreaterThan(0);
  for (const [path, items] of byPage) {
    await page.goto(path);
    for (const item of items) {
      const card = page.locator("li", { has: page.locator(`h3#${item.id}`) });
      await expect(card, `${path}#${item.id}`).toHaveCount(1);
      await expect(card).toContainText("Hors sources");
      await expect(card).toContainText(item.text.replace(/\s+/g, " ").slice(0, 40));
      for (const link of item.links ?? []) await expect(card.locator(`a[href="${link.url}"]`)).toHaveAttribute("rel", /external/);
    }
  }
});
