import { expect, test } from "@playwright/test";
import { content } from "../support/content";

/** The tabs of an occupation, as a reader sees them, and where each leads (written here, not read from the registry). */
const occupationSections = [
  { label: "Le métier", segment: "" },
  { label: "Missions", segment: "/missions" },
  { label: "Compétences", segment: "/competences" },
  { label: "Formation", segment: "/formation" },
  { label: "Salaires", segment: "/salaires" },
  { label: "Évolution", segment: "/evolution" },
  { label: "Comparer", segment: "/comparer" },
];
const occupationPath = (slug: string) => `/metiers/${slug}`;

for (const occupation of content.occupations) {
  test(`${occupation.title}: the section navigation reaches every topic, without JavaScript`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(occupationPath(occupation.slug));
    const nav = page.getByRole("navigation", { name: `Rubriques : ${occupation.title}` });
    await expect(nav.getByRole("link")).toHaveText(occupationSections.map((s) => s.label));
    for (const section of occupationSections) {
      await nav.getByRole("link", { name: section.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${occupationPath(occupation.slug)}${section.segment}$`));
      await expect(nav.getByRole("link", { name: section.label, exact: true })).toHaveAttribute("aria-current", "page");
      await expect(page.locator("h1")).toHaveCount(1);
    }
    await context.close();
  });
}

test("the sitemap lists exactly the site's own pages (the referential's are checked against its CSV files in rome.spec)", async ({
  request,
}) => {
  const { sitePaths } = await import("./site");
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  const own = listed.filter((p) => !/^\/(fiches|domaines|interets|metiers-a-z)\/./.test(p));
  expect(own.sort()).toEqual([...sitePaths].sort());
});
