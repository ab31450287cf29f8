import { expect, test, type Page } from "@playwright/test";
import { absoluteUrl, site } from "@/lib/site/config";
import { occupationPath } from "@/lib/site/routes";
import { content } from "../support/content";
import { editionOf, expectedRome, isReferentialPath } from "../support/rome";
import { sitePaths } from "./site";

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");
const chars = (s: string | null) => [...(s ?? "")].length;

/** Every JSON-LD node of the page, `@graph`s flattened. */
async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data["@context"]).toBe("https://schema.org");
    return Array.isArray(data["@graph"]) ? (data["@graph"] as Record<string, unknown>[]) : [data];
  });
}

test("every page has a title, description, canonical URL, Open Graph and card of its own", async ({ page }) => {
  const seen = { title: new Map<string, string>(), description: new Map<string, string>(), image: new Map<string, string>() };
  for (const path of sitePaths) {
    await page.goto(path);
    const title = await page.title();
    const description = await meta(page, 'meta[name="description"]');
    expect(chars(title), `${path}: title "${title}"`).toBeLessThanOrEqual(60);
    expect(chars(description), `${path}: description length`).toBeGreaterThanOrEqual(70);
    expect(chars(description), `${path}: description length`).toBeLessThanOrEqual(160);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, path).toBe(absoluteUrl(path));
    expect(await meta(page, 'meta[property="og:url"]'), path).toBe(canonical);
    expect(await meta(page, 'meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta(page, 'meta[property="og:description"]'), path).toBe(description);
    expect(await meta(page, 'meta[property="og:type"]'), path).toBe(path === "/" ? "website" : "article");
    expect(await meta(page, 'meta[property="og:locale"]'), path).toBe("fr_FR");
    expect(await meta(page, 'meta[property="og:site_name"]'), path).toBe(site.name);
    const image = await meta(page, 'meta[property="og:image"]');
    expect(image, path).toMatch(/^https?:\/\/.+\.png$/);
    expect(await meta(page, 'meta[property="og:image:width"]'), path).toBe("1200");
    expect(await meta(page, 'meta[property="og:image:height"]'), path).toBe("630");
    expect(chars(await meta(page, 'meta[property="og:image:alt"]')), path).toBeGreaterThan(10);
    expect(await meta(page, 'meta[name="twitter:card"]'), path).toBe("summary_large_image");
    expect(await meta(page, 'meta[name="twitter:image"]'), path).toBe(image);
    for (const [key, value] of [
      ["title", title],
      ["description", description ?? ""],
      ["image", image ?? ""],
    ] as const) {
      expect(seen[key].get(value), `${path}: same ${key} as ${seen[key].get(value)}`).toBeUndefined();
      seen[key].set(value, path);
    }
  }
});

test("every preview image answers 200 as a 1200×630 PNG", async ({ page, request }) => {
  for (const path of sitePaths) {
    await page.goto(path);
    const image = await meta(page, 'meta[property="og:image"]');
    // The image URL is absolute for SITE_URL; the file is fetched from the server under test.
    const response = await request.get(new URL(image ?? "").pathname);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(0, 8).toString("hex"), `${path}: PNG signature`).toBe("89504e470d0a1a0a");
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path}: size`).toEqual([1200, 630]);
  }
});

test("every page describes itself and its breadcrumbs in JSON-LD", async ({ page }) => {
  // Expected from the content files: an occupation's pages carry its `updated`, the guide's pages the newest one.
  const newest = content.occupations
    .map((r) => r.updated)
    .sort()
    .at(-1);
  // The referential's pages carry its publication day, read from its version.txt.
  const rome = expectedRome();
  const dateOf = (path: string) =>
    isReferentialPath(path)
      ? rome?.version.published
      : (content.occupations.find((r) => path === `/metiers/${r.slug}` || path.startsWith(`/metiers/${r.slug}/`))?.updated ?? newest);
  const titles = new Set(content.sources.map((s) => s.title));
  if (rome) titles.add(`Répertoire opérationnel des métiers et des emplois (ROME 4.0), ${editionOf(rome)}`);
  for (const path of sitePaths) {
    await page.goto(path);
    const nodes = await structuredData(page);
    const webPage = nodes.find((n) => n["@type"] === "WebPage");
    expect(webPage, path).toBeDefined();
    expect(webPage?.url, path).toBe(absoluteUrl(path));
    expect(webPage?.dateModified, path).toBe(dateOf(path));
    // Every page cites the articles its facts come from; pages with no fact from them (glossary, search, the offline
    // page) cite none.
    const citations = (webPage?.citation ?? []) as { "@type": string; name: string }[];
    if (["/glossaire", "/recherche", "/hors-ligne"].includes(path)) expect(citations, path).toEqual([]);
    else expect(citations.length, `${path}: articles cited`).toBeGreaterThan(0);
    for (const c of citations) expect(titles.has(c.name), `${path}: ${c.name}`).toBe(true);

    const crumbs = nodes.find((n) => n["@type"] === "BreadcrumbList")?.itemListElement as {
      position: number;
      name: string;
      item: string;
    }[];
    // The same trail as the visible breadcrumbs (the home page has none: it is the trail's first step).
    const visible = await page
      .getByRole("navigation", { name: "Fil d'Ariane" })
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => ({ name: a.textContent.trim(), path: a.getAttribute("href") ?? "" })));
    const expected = visible.length ? visible : [{ name: "Accueil", path: "/" }];
    expect(
      crumbs.map((c) => c.name),
      path,
    ).toEqual(expected.map((c) => c.name));
    expect(
      crumbs.map((c) => c.item),
      path,
    ).toEqual(expected.map((c) => absoluteUrl(c.path)));
    expect(
      crumbs.map((c) => c.position),
      path,
    ).toEqual(expected.map((_, i) => i + 1));
    expect(crumbs.at(-1)?.item, path).toBe(absoluteUrl(path));
  }
});

for (const occupation of content.occupations) {
  test(`${occupation.title}: the occupation page describes the occupation in JSON-LD, salaries as the sources give them`, async ({
    page,
  }) => {
    await page.goto(occupationPath(occupation.slug));
    const jsonLd = (await structuredData(page)).find((n) => n["@type"] === "Occupation");
    expect(jsonLd).toBeDefined();
    expect(jsonLd?.name).toBe(occupation.title);
    expect(String(jsonLd?.description).length).toBeGreaterThan(20);
    expect(jsonLd?.skills).toHaveLength(occupation.skills.technical.length + occupation.skills.interpersonal.length);
    expect(jsonLd?.educationRequirements).toHaveLength(occupation.training.paths.length);
    if (occupation.salaries.some((s) => s.figures.some((f) => f.experience)))
      expect(String(jsonLd?.experienceRequirements)).toMatch(/\d+ à \d+ ans/);
    const locations = jsonLd?.occupationLocation as { "@type": string; name: string }[];
    expect(locations.map((l) => l["@type"])).toEqual(occupation.salaries.map(() => "Country"));
    const salaries = jsonLd?.estimatedSalary as Record<string, unknown>[];
    const figures = occupation.salaries.flatMap((s) => s.figures.map((f) => ({ ...f, currency: s.currency })));
    expect(salaries).toHaveLength(figures.length);
    figures.forEach((f, i) => {
      const s = salaries[i] ?? {};
      expect(s["@type"]).toBe("MonetaryAmountDistribution");
      expect(s.currency).toBe(f.currency);
      expect(s.duration).toBe(f.period === "year" ? "P1Y" : "P1M");
      if (f.kind === "range") expect([s.minValue, s.maxValue]).toEqual([f.min, f.max]);
      // An average is neither a median nor a bound: it is stated in words only.
      else
        expect([s.median, s.minValue, s.maxValue, String(s.description)]).toEqual([
          undefined,
          undefined,
          undefined,
          expect.stringContaining("en moyenne"),
        ]);
    });
  });
}

test("every heading has a unique id and an anchor link to itself", async ({ page }) => {
  for (const path of sitePaths) {
    await page.goto(path);
    const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      `${path}: duplicate ids`,
    ).toEqual([]);
    const headings = await page
      .locator("main h2, main h3")
      .evaluateAll((hs) =>
        hs.map((h) => ({ id: h.id, text: h.textContent, anchor: h.querySelector(":scope > a.anchor")?.getAttribute("href") ?? null })),
      );
    expect(headings.length, path).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.id, `${path}: "${h.text}"`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(h.anchor, `${path}: "${h.text}"`).toBe(`#${h.id}`);
    }
  }
});

test("'Copier le lien' copies the section's address and says so", async ({ page, context, browserName }, testInfo) => {
  test.skip(testInfo.project.name === "phone" || browserName !== "chromium", "clipboard permissions: desktop Chromium");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const path = sitePaths.find((p) => p !== "/") ?? "/";
  await page.goto(path);
  const heading = page.locator("main h2.anchored").first();
  const id = await heading.getAttribute("id");
  const button = heading.getByRole("button", { name: /^Copier le lien de la section/ });
  // The button takes no room until its heading is hovered or its "#" has focus (the next Tab reaches it).
  await heading.locator(":scope > a.anchor").focus();
  await expect(button).toBeVisible();
  await button.focus();
  await button.click();
  const expected = new URL(`${path}#${id}`, page.url()).href;
  await expect(page.getByRole("status")).toHaveText(`Lien copié : ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test("without JavaScript there is no copy button and the anchor links still work", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const path = sitePaths.find((p) => p !== "/") ?? "/";
  await page.goto(path);
  await expect(page.locator(".copy-link")).toHaveCount(0);
  const anchor = page.locator("main h2.anchored > a.anchor").first();
  const href = await anchor.getAttribute("href");
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});

// No ratio more precise than its inputs (GUIDE §6): « 3,1 à 3,8 fois » drawn from « 45 à 55 K€ » and « environ
// 1 200 € » is not allowed anywhere a page's words travel — its text, meta description, Open Graph or JSON-LD.
for (const path of sitePaths)
  test(`${path}: no ratio with a decimal in the page, its metadata or its structured data`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const decimalRatio = /\d[,.]\d+[\s\u00A0\u202F]*fois/g;
    expect(html.match(decimalRatio) ?? [], path).toEqual([]);
  });
