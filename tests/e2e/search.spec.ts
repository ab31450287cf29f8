import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { content } from "../support/content";
import { occupationPath, searchPath } from "@/lib/site/routes";
import { sitePaths, watchConsole } from "./site";

test("without JavaScript, the search form submits (GET) to a page that lists every page of the site", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(searchPath);
  const form = page.getByRole("search");
  await expect(form).toBeVisible();
  await form.getByRole("searchbox", { name: "Mot ou expression à chercher" }).fill("base de données");
  await form.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(new RegExp(`${searchPath}\\?q=base\\+de\\+donn%C3%A9es$`));
  // The note is a <noscript>: Playwright turns off script execution, not the browser's scripting setting, so the
  // note is parsed but styled hidden here; its text is checked instead of its visibility.
  expect(await page.locator("form noscript").textContent()).toContain("Sans JavaScript, la recherche ne peut pas fonctionner");
  const listed = await page.locator("main section li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(listed.sort()).toEqual(sitePaths.filter((p) => p !== searchPath).sort());
  await context.close();
});

test("with JavaScript, the search form has a visible submit button, and the page moves nothing as its script loads", async ({ page }) => {
  await page.goto(searchPath);
  await expect(page.getByRole("search").getByRole("button", { name: "Rechercher" })).toBeVisible();
  // Layout shifts recorded from the start of the page (the observer replays buffered entries).
  const shifts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            resolve(total);
          }),
        );
      }),
  );
  expect(shifts).toBe(0);
});

test("with JavaScript, the index loads on first input only, and results link to pages and their sections", async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(searchPath);
  const box = page.getByRole("searchbox", { name: "Mot ou expression à chercher" });
  await expect(box).toBeVisible();
  expect(requested.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);

  await box.fill("base de données");
  const results = page.locator("#search-results > ol > li");
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole("status")).toContainText("base de données");
  expect(requested.some((p) => p.startsWith("/pagefind/"))).toBe(true);
  const hrefs = await page.locator("#search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  // Page results are clean URLs of real pages; section results carry the heading's anchor.
  for (const href of hrefs) expect(sitePaths).toContain(href.split("#")[0]);
  expect(hrefs.some((h) => h.includes("#"))).toBe(true);
  await expect(page.locator("#search-results mark").first()).toBeVisible();

  // A section result takes the reader to that heading.
  const section = page.locator("#search-results ul a").first();
  const target = (await section.getAttribute("href")) ?? "";
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator(`[id="${target.split("#")[1]}"]`)).toBeInViewport();
  noConsoleErrors();
});

test("French stemming: an inflected form finds the page that uses another one; a made-up word finds nothing", async ({ page }) => {
  // "sécurisé" is not a prefix of "sécuriser" (missions page): only the French stemmer brings them together.
  await page.goto(`${searchPath}?q=s%C3%A9curis%C3%A9`);
  await expect(
    page.locator(`#search-results a[href^="${occupationPath(content.occupations[0]?.slug ?? "", "missions")}"]`).first(),
  ).toBeVisible();
  // Pagefind alone answers « zzzzqqq » with the pages that say « de A à Z »: the script keeps only pages whose
  // highlighted words share their first letters with the query's.
  await page.getByRole("searchbox").fill("zzzzqqq");
  await expect(page.getByRole("status")).toContainText(/Aucun métier ni aucune page ne correspond à «\s*zzzzqqq\s*»/);
  await expect(page.locator("#search-results li")).toHaveCount(0);
  await expect(page.locator("#search-fiches li")).toHaveCount(0);
});

test("the search page stays within its budget: ≤ 25 KB gzip of HTML, CSS and JS at load, ≤ 5 KB of JS", async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "same files on both projects");
  const loaded: { path: string; type: string }[] = [];
  page.on("response", (r) => {
    const type = r.request().resourceType();
    if (["document", "stylesheet", "script"].includes(type)) loaded.push({ path: new URL(r.url()).pathname, type });
  });
  await page.goto(searchPath, { waitUntil: "networkidle" });
  let total = 0;
  let js = 0;
  for (const { path, type } of loaded) {
    const size = gzipSync(await (await request.get(path)).body(), { level: 9 }).length;
    total += size;
    if (type === "script") js += size;
  }
  testInfo.annotations.push({
    type: "bytes",
    description: `gzip at load: ${total} B total, ${js} B of JS (${loaded.map((l) => l.path).join(", ")})`,
  });
  expect(total).toBeLessThanOrEqual(25 * 1024);
  expect(js).toBeLessThanOrEqual(5 * 1024);
});
