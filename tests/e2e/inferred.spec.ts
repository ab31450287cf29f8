import { expect, type Page, test } from "@playwright/test";
import { content } from "../support/content";
import { allInferredFields, type InferredField } from "@/lib/domain/inferred";
import { comparePath, fichePath, homePath, occupationPath, salaryPath, sourcesPath } from "@/lib/site/routes";
import { sitePaths } from "./site";

/**
 * Every field the content marks as inferred shows « déduit par nous » and its reason wherever it is shown. Where each
 * field is shown is written here, from the data: a source's title and kind in every footer and on /sources; a
 * country's figures on the home page, the occupation's page, its salaries, the country, every pair with that
 * country and the printable fiche; a figure on the salary pages, pairs and fiche (and wherever the first figure
 * of a country shows, when it is that one).
 */
const fields = allInferredFields(content);

function pagesShowing(f: InferredField): string[] {
  if (f.kind === "source") return sitePaths;
  const occupation = content.occupations.find((r) => r.slug === f.occupation);
  if (!occupation || !f.country) return [];
  const pairs = occupation.salaryCountries
    .filter((c) => c !== f.country)
    .map((c) => comparePath(occupation.slug, [f.country, c].sort().join("-")));
  const detail = [
    occupationPath(occupation.slug, "salaires"),
    salaryPath(occupation.slug, f.country),
    ...pairs,
    fichePath(occupation.slug),
  ];
  const salary = occupation.salaries.find((s) => s.country === f.country);
  const isFirst = f.kind === "salary" || salary?.figures[0]?.id === f.figure;
  return isFirst ? [homePath, occupationPath(occupation.slug), ...detail] : detail;
}

const normalise = (s: string) =>
  s
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .replace(/’/g, "'")
    .trim();

async function labelTexts(page: Page): Promise<string[]> {
  return (await page.locator("[data-inferred]").allInnerTexts()).map(normalise);
}

const byPage = new Map<string, InferredField[]>();
for (const f of fields) for (const p of pagesShowing(f)) byPage.set(p, [...(byPage.get(p) ?? []), f]);

test("the content has inferred fields to check (the fiche's country, the senior period, the sources' titles and kinds)", () => {
  expect(fields.some((f) => f.kind === "salary" && f.field === "country")).toBe(true);
  expect(fields.some((f) => f.kind === "figure" && f.field === "period")).toBe(true);
  expect(fields.filter((f) => f.kind === "source").map((f) => f.field)).toEqual(expect.arrayContaining(["title", "kind"]));
});

for (const [path, expected] of byPage)
  test(`${path}: every inferred field shown carries « déduit par nous » and its reason`, async ({ page }) => {
    await page.goto(path);
    const labels = await labelTexts(page);
    for (const f of expected) {
      const reason = normalise(f.reason);
      expect(
        labels.some((l) => /déduite? par nous/.test(l) && l.includes(reason)),
        `${path}: ${f.file} ${f.figure ?? ""} ${f.field} — « ${reason} »`,
      ).toBe(true);
    }
  });

test("/sources: each source's inferred title and kind are labelled in its own section", async ({ page }) => {
  await page.goto(sourcesPath);
  for (const f of fields.filter((x) => x.kind === "source")) {
    const section = page.locator("section", { has: page.locator(`[id="${f.source}"]`) }).first();
    const labels = (await section.locator("[data-inferred]").allInnerTexts()).map(normalise);
    expect(
      labels.some((l) => l.includes(normalise(f.reason))),
      `${f.source}.${f.field}`,
    ).toBe(true);
  }
});

for (const occupation of content.occupations)
  test(`${occupationPath(occupation.slug)}: the JSON-LD carries every inferred salary field and source field with its reason`, async ({
    page,
  }) => {
    await page.goto(occupationPath(occupation.slug));
    const jsonLd = normalise((await page.locator('script[type="application/ld+json"]').allTextContents()).join("\n"));
    for (const f of fields.filter((x) => x.occupation === occupation.slug || x.kind === "source"))
      expect(jsonLd, `${f.file} ${f.field}`).toContain(normalise(f.reason));
  });
