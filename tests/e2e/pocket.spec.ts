import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectedRome, romeItemIds } from "../support/rome";
import { watchConsole } from "./site";

// Issue 19, « in the pocket »: fiches that read offline (the worker /sw.js), a shortlist kept on the device, and any
// two fiches side by side. Expected values come from the referential's CSV files (tests/support/rome.ts), never
// from the site's own join. Skipped without a referential: these pages exist only with it.

const rome = expectedRome();
const ficheUrl = (code: string) => `/fiches/${code.toLowerCase()}`;

test.describe("in the pocket", () => {
  test.skip(rome === undefined, "the site under test has no referential");
  test.skip(({ isMobile }) => isMobile, "same scripts on a phone");
  const codes = rome?.codes ?? [];
  const title = (code: string) => rome?.titles.get(code) ?? code;

  /** Waits until the worker has kept `path` (it is registered by the first page, then keeps every page opened). */
  const keptOffline = (page: Page, path: string) =>
    page.waitForFunction(async (p) => (await caches.match(new URL(p, location.origin).href)) !== undefined, path);

  test("opened fiches read offline, an unopened one shows the offline page, back online the new text", async ({ context, page }) => {
    const [a, b, c] = codes as [string, string, string];
    await page.goto(ficheUrl(a));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await keptOffline(page, ficheUrl(a));
    await page.goto(ficheUrl(b));
    await keptOffline(page, ficheUrl(b));

    await context.setOffline(true);
    for (const code of [a, b]) {
      await page.goto(ficheUrl(code));
      await page.reload();
      await expect(page.locator("h1")).toContainText(title(code));
      // Its stylesheet came with it: the body is the layout's flex column.
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("flex");
    }
    await page.goto(ficheUrl(c));
    await expect(page.locator("h1")).toHaveText("Vous êtes hors connexion");
    await expect(page.locator("#offline-pages a", { hasText: title(a) })).toHaveAttribute("href", ficheUrl(a));
    await expect(page.locator("#offline-pages a", { hasText: title(b) })).toHaveAttribute("href", ficheUrl(b));

    // Back online after a content change: the server's answer for fiche A is altered (context.route sees the
    // worker's requests in Chromium); the reader gets the new text at once, and the kept copy is the new one.
    await context.route(ficheUrl(a), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("<h1", '<p id="changed">Texte mis à jour</p><h1');
      await route.fulfill({ response, body });
    });
    await context.setOffline(false);
    await page.goto(ficheUrl(a));
    await expect(page.locator("#changed")).toHaveText("Texte mis à jour");
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("#changed")).toHaveText("Texte mis à jour");
    await context.setOffline(false);
  });

  test("the worker never keeps an error page", async ({ page }) => {
    await page.goto(ficheUrl(codes[0] ?? ""));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto("/fiches/z0000");
    await page.goto("/");
    await keptOffline(page, "/");
    expect(await page.evaluate(async () => (await caches.match(new URL("/fiches/z0000", location.origin).href)) !== undefined)).toBe(false);
  });

  test("kept fiches are listed by « Mes métiers », on this device only", async ({ browser, page }) => {
    const noConsoleErrors = watchConsole(page);
    const [a, b] = codes as [string, string];
    await page.goto(ficheUrl(a));
    await page.getByRole("button", { name: "Garder ce métier" }).click();
    await expect(page.getByRole("button", { name: "Retirer de mes métiers" })).toBeVisible();
    await page.goto(ficheUrl(b));
    // By keyboard.
    await page.getByRole("button", { name: "Garder ce métier" }).focus();
    await page.keyboard.press("Enter");
    await page.reload();
    await expect(page.getByRole("button", { name: "Retirer de mes métiers" })).toBeVisible();

    await page.goto("/mes-metiers");
    const items = page.locator("#shortlist > li");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).getByRole("link", { name: title(a) })).toHaveAttribute("href", ficheUrl(a));
    await expect(items.nth(1).getByRole("link", { name: title(b) })).toHaveAttribute("href", ficheUrl(b));
    await expect(page.getByText("sur cet appareil seulement")).toBeVisible();
    // Nothing wider than a 360 px phone (long titles in the two selects included).
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 720 });
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // Compare the two kept fiches.
    await page.getByRole("button", { name: "Comparer" }).click();
    await expect(page).toHaveURL(new RegExp(`/comparer\\?metiers=${a},${b}$`));
    await page.goto("/mes-metiers");
    await page.getByRole("button", { name: `Retirer ${title(a)}` }).click();
    await expect(items).toHaveCount(1);
    noConsoleErrors();

    // Clearing the site's data (a fresh context): nothing kept.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto("/mes-metiers");
    await expect(other.locator("#shortlist > li")).toHaveCount(0);
    await expect(other.locator("#shortlist-status")).toContainText("Aucun métier gardé");
    await fresh.close();
  });

  test("a comparison address shows the shared savoir-faire and savoirs counted from the CSV files", async ({ page }) => {
    // Many pages, an accessibility scan and a title lookup: more than the default minute on a busy 2-core machine.
    test.slow();
    const ids = romeItemIds();
    const shared = (x: Set<string> | undefined, y: Set<string> | undefined) => [...(x ?? [])].filter((id) => y?.has(id)).length;
    // The pair sharing the most items: a comparison with something to count.
    const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b] as const));
    const score = ([a, b]: readonly [string, string]) =>
      shared(ids.get(a)?.knowHow, ids.get(b)?.knowHow) + shared(ids.get(a)?.knowledge, ids.get(b)?.knowledge);
    const [a, b] = [...pairs].sort((p, q) => score(q) - score(p))[0] ?? ["", ""];
    const noConsoleErrors = watchConsole(page);
    await page.goto(`/comparer?metiers=${a},${b}`);
    await expect(page.locator("#savoir-faire-communs > p").first()).toHaveText(
      `${shared(ids.get(a)?.knowHow, ids.get(b)?.knowHow)} en commun${shared(ids.get(a)?.knowHow, ids.get(b)?.knowHow) ? "" : " : aucun."}`,
    );
    await expect(page.locator("#savoirs-communs > p").first()).toHaveText(
      `${shared(ids.get(a)?.knowledge, ids.get(b)?.knowledge)} en commun${shared(ids.get(a)?.knowledge, ids.get(b)?.knowledge) ? "" : " : aucun."}`,
    );
    await expect(page.locator("#savoir-faire-communs > ul li")).toHaveCount(shared(ids.get(a)?.knowHow, ids.get(b)?.knowHow));
    await expect(page.locator("#comparaison")).toContainText(title(a));
    await expect(page.locator("#comparaison")).toContainText("Licence Ouverte 2.0");
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 720 });
    const aToB = rome?.mobility.get(a)?.includes(b) ?? false;
    const bToA = rome?.mobility.get(b)?.includes(a) ?? false;
    const mobility = page.locator("#comparaison");
    if (aToB)
      await expect(mobility).toContainText(`La fiche « ${title(b)} » figure parmi les métiers proches de la fiche « ${title(a)} ».`);
    if (bToA)
      await expect(mobility).toContainText(`La fiche « ${title(a)} » figure parmi les métiers proches de la fiche « ${title(b)} ».`);
    if (!aToB && !bToA) await expect(mobility).toContainText("Aucun des deux ne figure parmi les métiers proches de l'autre.");
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    noConsoleErrors();

    // From a fiche: « Comparer avec… » asks for the second code, and the form makes the address.
    await page.goto(ficheUrl(a));
    await page.getByRole("link", { name: "Comparer avec…" }).click();
    await expect(page.locator("#metier-1")).toHaveValue(a);
    await expect(page.locator("#metier-2")).toBeFocused();
    await page.keyboard.type(b.toLowerCase());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/comparer\\?metiers=${a},${b}$`));
    await expect(page.locator("#savoir-faire-communs")).toBeVisible();

    // A job title typed instead of a code: the fiche of that title (its own title, from the CSV), said on the page.
    const typed = title(b);
    await page.goto(`/comparer?metiers=${encodeURIComponent(typed)}&metiers=${a.toLowerCase()}`);
    await expect(page).toHaveURL(new RegExp(`/comparer\\?metiers=${b},${a}$`));
    await expect(page.locator("#compare-status")).toContainText(`« ${typed} » : la fiche « ${typed} ».`);
    await expect(page.locator("#savoir-faire-communs")).toBeVisible();
    noConsoleErrors();
    // A made-up title (no title starts « zzz »: its index file is a 404, which the browser logs).
    await page.goto(`/comparer?metiers=${encodeURIComponent("zzzzqqq")}&metiers=${a}`);
    await expect(page.locator("#compare-status")).toHaveText(
      "Aucun métier ne correspond à « zzzzqqq » : essayez un autre intitulé, ou le code de la fiche.",
    );
    await expect(page.locator("#metier-1")).toBeFocused();
  });

  test("without JavaScript the comparison page explains itself and the keep button stays hidden", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/comparer?metiers=${codes[0] ?? ""},${codes[1] ?? ""}`);
    // The note is a <noscript>: Playwright turns off script execution, not the browser's scripting setting (as in
    // search.spec.ts), so its text is read rather than seen.
    expect(await page.locator("noscript").first().textContent()).toContain("La comparaison se calcule dans votre navigateur");
    await expect(page.getByRole("link", { name: "métiers de A à Z" })).toBeVisible();
    await page.goto(ficheUrl(codes[0] ?? ""));
    await expect(page.getByRole("button", { name: "Garder ce métier" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Comparer avec…" })).toBeVisible();
    await context.close();
  });
});
