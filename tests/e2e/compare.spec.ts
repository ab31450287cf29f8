import { expect, test } from "@playwright/test";
import { content } from "../support/content";
import { countryPairs, pairSlug } from "@/lib/domain/compare";
import { comparePath } from "@/lib/site/routes";

/** The digits of a French-formatted amount ("≈ 1 200 €" → 1200), or of the low and high of a range. */
function amounts(text: string): number[] {
  return [...text.matchAll(/\d[\d\s\u202F\u00A0]*/g)].map((m) => Number(m[0].replace(/\D/g, ""))).filter((n) => n > 0);
}

/**
 * Monthly euros computed here, independently of lib/domain/salary.ts, straight from the content files: an amount
 * the source states per month stays as it is (and so does the equivalence the source itself gives); an amount we
 * compute (÷ 12, a conversion) is rounded to two significant digits, the precision of the sources' amounts.
 */
function expectedMonthlyEuros(
  amount: number,
  period: "year" | "month",
  eurPerUnit: number,
  stated: { amount: number; equals: number } | null,
): number {
  if (period === "month" && !stated) return amount;
  if (period === "month" && stated?.amount === amount) return stated.equals;
  const monthly = (period === "year" ? amount / 12 : amount) * eurPerUnit;
  const step = 10 ** (Math.floor(Math.log10(monthly)) - 1);
  return Math.round(monthly / step) * step;
}

for (const occupation of content.occupations) {
  for (const [a, b] of countryPairs(occupation.salaryCountries)) {
    const path = comparePath(occupation.slug, pairSlug(a, b));

    test(`${path}: the figures equal those computed from the content files`, async ({ page }) => {
      await page.goto(path);
      const table = page.getByRole("table");
      for (const salary of occupation.salaries.filter((s) => s.country === a || s.country === b)) {
        const country = content.countries.find((c) => c.slug === salary.country);
        if (!country) throw new Error(`no country ${salary.country}`);
        const rate = country.exchange ? country.exchange.equals / country.exchange.amount : 1;
        for (const f of salary.figures) {
          const row = table.locator("tr", { has: page.locator("th", { hasText: country.name }) }).filter({ hasText: f.label });
          await expect(row).toHaveCount(1);
          const cells = row.locator("td");
          // As given by the source, then per month in euros.
          const stated = f.kind === "range" ? [f.min, f.max] : [f.amount];
          expect(amounts(await cells.nth(1).innerText())).toEqual(stated);
          const monthly = stated.map((v) => expectedMonthlyEuros(v ?? 0, f.period, rate, country.exchange ?? null));
          // The amount only, not the « (÷ 12, déduit par nous) » under it.
          const cell = (await cells.nth(4).innerText()).split("(")[0] ?? "";
          expect(amounts(cell)).toEqual(monthly[0] === monthly[1] ? [monthly[0]] : monthly);
          if (f.period === "year") await expect(cells.nth(4)).toContainText("÷ 12, déduit par nous");
        }
      }
    });

    test(`${path}: the chart has an accessible name and a data table beside it`, async ({ page }) => {
      await page.goto(path);
      const chart = page.getByRole("img", { name: /Salaires par mois, en euros/ });
      await expect(chart).toBeVisible();
      await expect(page.getByRole("table")).toBeVisible();
      // The exchange rate stands next to the converted figures, with its origin.
      for (const slug of [a, b]) {
        const c = content.countries.find((c) => c.slug === slug);
        if (c?.exchange)
          await expect(page.locator("section", { has: page.locator("#a-savoir") })).toContainText(
            /la source donne 13\s000\sMAD ≈ 1\s200\s€/,
          );
      }
    });
  }
}

test("France–Maroc: the page leads with one ratio, in whole numbers, and what it is not right under it", async ({ page }) => {
  const occupation = content.occupations.find((r) => r.salaryCountries.includes("france") && r.salaryCountries.includes("maroc"));
  // The article's figures below are the content's: a missing pair is a failure, not a reason to skip.
  expect(occupation, "an occupation with salaries in France and in Morocco").toBeDefined();
  if (!occupation) return;
  await page.goto(comparePath(occupation.slug, "france-maroc"));
  const maroc = occupation.salaries.find((s) => s.country === "maroc")?.figures[0];
  const junior = occupation.salaries.find((s) => s.country === "france")?.figures[0];
  const marocEurMonth = 1200; // the article's own equivalence for 13 000 MAD a month
  expect(maroc?.amount).toBe(13000);
  // Whole-number bounds that contain the span: floor of the lowest quotient, ceiling of the highest.
  const low = Math.floor((junior?.min ?? 0) / 12 / marocEurMonth);
  const high = Math.ceil((junior?.max ?? 0) / 12 / marocEurMonth);
  const header = page.locator("article > header");
  await expect(header).toContainText(`de l'ordre de ${low} à ${high} fois le salaire moyen au Maroc`);
  await expect(header).not.toContainText(/\d,\d+\s*fois/);
  // The conditions, each computed from the data: two sources, no basis, no year, a junior range against an
  // average of all levels, an approximate rate, no cost of living.
  for (const condition of [
    "deux sources différentes",
    "aucune des deux sources ne dit si c'est brut ou net",
    "l'écart pourrait être plus grand ou plus petit",
    "année des chiffres non précisée",
    "une fourchette junior face à une moyenne tous niveaux",
    "taux de conversion approché",
    "coût de la vie non compté",
  ])
    await expect(header).toContainText(condition);
});
