import { expect, test } from "@playwright/test";
import {
  editionOf,
  type ExpectedRome,
  expectedRome,
  interestSlugFor,
  plainSpaces,
  romePagePaths,
  sample,
  sampledFiches,
} from "../support/rome";
import { content } from "../support/content";

// The national referential's pages, checked against values read from its CSV files at run time (tests/support/rome.ts),
// never against the site's own join. Without the referential, the home page says it is missing.

const rome = expectedRome();
const desktopOnly = () => {
  test.skip(({ isMobile }) => isMobile, "same HTML on a phone");
};

test.describe("without the referential", () => {
  test.skip(rome !== undefined, "the site under test has the referential");
  test("the home page says the national referential is not installed, and no fiche page exists", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Le référentiel national n'est pas installé" })).toBeVisible();
    expect((await request.get("/fiches/m1855")).status()).toBe(404);
  });
});

test.describe("the referential's pages", () => {
  test.skip(rome === undefined, "the site under test has no referential");
  desktopOnly();
  const r: ExpectedRome = rome ?? {
    codes: [],
    titles: new Map<string, string>(),
    appellations: [],
    definitions: new Map<string, string[]>(),
    knowHow: new Map<string, string[]>(),
    mobility: new Map<string, string[]>(),
    grandDomains: [],
    domains: [],
    interests: [],
    version: { number: "", published: "" },
  };

  test("the sitemap lists one page per fiche, domain, domaine professionnel and centre d'intérêt of the CSV files", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname));
    const expected = romePagePaths(r);
    expect(expected.filter((p) => p.startsWith("/fiches/")).length).toBe(r.codes.length);
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
    const fichesListed = [...listed].filter((p) => p.startsWith("/fiches/"));
    expect(fichesListed.length).toBe(r.codes.length);
  });

  for (const code of sampledFiches(r)) {
    test(`fiche ${code}: its definition, every title and every savoir-faire, as the CSV files give them`, async ({ page }) => {
      const response = await page.goto(`/fiches/${code.toLowerCase()}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveText(r.titles.get(code) ?? "");
      const main = page.locator("main");
      for (const sentence of r.definitions.get(code) ?? [])
        await expect(main.locator("#le-metier ~ blockquote").first()).toContainText(sentence);
      const titles = r.appellations.filter((a) => a.code === code);
      expect(titles.length).toBeGreaterThan(0);
      const titlesText = plainSpaces((await page.locator("section[aria-labelledby=intitules]").textContent()) ?? "");
      for (const t of titles) expect(titlesText).toContain(plainSpaces(t.label));
      const knowHowText = plainSpaces((await page.locator("section[aria-labelledby=savoir-faire]").textContent()) ?? "");
      for (const label of r.knowHow.get(code) ?? []) expect(knowHowText).toContain(plainSpaces(label));
      await expect(main).toContainText(`France Travail, ROME 4.0, ${editionOf(r)}`);
      await expect(main.getByRole("link", { name: "Licence Ouverte 2.0" })).toHaveAttribute("href", /etalab/);
      // Related occupations: in ROME's order, each a link to its fiche.
      const targets = r.mobility.get(code) ?? [];
      const links = await page
        .locator("section[aria-labelledby=metiers-proches] a[href^='/fiches/']")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      for (const t of targets) expect(links).toContain(`/fiches/${t.toLowerCase()}`);
      // Structured data: an Occupation with its ROME code.
      const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
        (t) => JSON.parse(t) as Record<string, unknown>,
      );
      const jsonLd = data.find((d) => d["@type"] === "Occupation") as { occupationalCategory?: { codeValue?: string } } | undefined;
      expect(jsonLd?.occupationalCategory?.codeValue).toBe(code);
    });
  }

  test("every mobility link of the CSV files leads to a fiche page that exists", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname));
    const targets = [...new Set([...r.mobility.values()].flat())];
    expect(targets.length).toBeGreaterThan(100);
    expect(targets.filter((t) => !listed.has(`/fiches/${t.toLowerCase()}`))).toEqual([]);
  });

  test("the A–Z pages list every job title of the CSV files once, each linked to its fiche", async ({ page }) => {
    await page.goto("/metiers-a-z");
    const letters = await page.locator("main ul a[href^='/metiers-a-z/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const seen: string[] = [];
    for (const href of letters) {
      await page.goto(href);
      seen.push(
        ...(await page
          .locator("main > div > ul.space-y-1 > li > a")
          .evaluateAll((as) =>
            as.map((a) => `${a.textContent} → ${(a.getAttribute("href") ?? "").replace("/fiches/", "").toUpperCase()}`),
          )),
      );
    }
    const expected = r.appellations.map((a) => plainSpaces(`${a.label} → ${a.code}`));
    expect(seen.length).toBe(expected.length);
    expect(seen.map(plainSpaces).sort()).toEqual(expected.sort());
  });

  test("the search finds a fiche by any of its titles, in the other gender, without accents or case: the right fiche first", async ({
    page,
  }) => {
    const fold = (t: string) =>
      t
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
    // Synonyms read from the CSV files, queried by their second gender form, folded: « developpeuse back end ».
    const halves = new Map<string, number>();
    for (const a of r.appellations) for (const half of a.label.split(" / ")) halves.set(fold(half), (halves.get(fold(half)) ?? 0) + 1);
    const candidates = r.appellations.filter(
      (a) => !a.principal && a.label.includes(" / ") && halves.get(fold(a.label.split(" / ")[1] ?? "")) === 1,
    );
    const cases = [...r.appellations.filter((a) => a.label === "Développeur / Développeuse back-end"), ...sample(candidates, 9, 11)];
    expect(cases.length).toBe(10);
    await page.goto("/recherche");
    const box = page.getByRole("searchbox", { name: "Mot ou expression à chercher" });
    for (const c of cases) {
      const query = fold(c.label.split(" / ")[1] ?? c.label);
      await box.fill(query);
      await expect(page.getByRole("status")).toContainText(query);
      await expect(page.locator("#search-fiches li a").first(), `${query} → ${c.code}`).toHaveAttribute(
        "href",
        `/fiches/${c.code.toLowerCase()}`,
      );
    }
    await box.fill("zzzzqqq");
    await expect(page.getByRole("status")).toContainText(/Aucun métier ni aucune page/);
    await expect(page.locator("#search-fiches li")).toHaveCount(0);
  });

  test("a centre d'intérêt's page shows its label and lists fiches of the CSV files", async ({ page }) => {
    for (const interest of sample(r.interests, 2, 7)) {
      await page.goto(`/interets/${interestSlugFor(interest.label)}`);
      await expect(page.locator("h1")).toHaveText(interest.label);
      expect(await page.locator("main a[href^='/fiches/']").count()).toBeGreaterThan(0);
    }
  });

  test("the in-depth fiche and its ROME fiche link to each other", async ({ page }) => {
    const occupation = content.occupations.find((x) => x.rome);
    expect(occupation?.rome, "an in-depth occupation that names its ROME fiche").toBeDefined();
    if (!occupation?.rome) return;
    await page.goto(`/fiches/${occupation.rome.code.toLowerCase()}`);
    await expect(page.locator("main").getByRole("link", { name: `fiche détaillée « ${occupation.title} »` })).toHaveAttribute(
      "href",
      `/metiers/${occupation.slug}`,
    );
    await page.goto(`/metiers/${occupation.slug}`);
    await expect(page.locator("main").locator(`a[href="/fiches/${occupation.rome.code.toLowerCase()}"]`).first()).toBeVisible();
  });

  test("a fiche's open data file gives its code, titles and definition as the CSV files do, with the licence", async ({ request }) => {
    for (const code of sampledFiches(r, 3)) {
      const response = await request.get(`/donnees/rome/${code.toLowerCase()}.json`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/json");
      const data = (await response.json()) as {
        source: { licence: { name: string }; version: string };
        fiche: { code: string; definition: string[]; titles: { label: string }[] };
      };
      expect(data.source.licence.name).toBe("Licence Ouverte 2.0");
      expect(data.source.version).toBe(r.version.number);
      expect(data.fiche.code).toBe(code);
      expect(data.fiche.definition).toEqual(r.definitions.get(code));
      expect(data.fiche.titles.map((t) => t.label).sort()).toEqual(
        r.appellations
          .filter((a) => a.code === code)
          .map((a) => a.label)
          .sort(),
      );
    }
  });
});
