import { requireCountry, type Role, type SalaryEntry } from "@/lib/content";
import { formatMoney, formatMoneyRange } from "@/lib/format";
import { euroRate, normaliseFigure, normaliseSalary, periodLabel, statedSpan } from "@/lib/salary";
import type { SalaryFigure } from "@/lib/schema";

/**
 * "45 000 à 55 000 € par an", "13 000 MAD par mois". Whether it is an average is the figure's label's job
 * ("Moyenne, tous niveaux"), shown beside it wherever the summary appears.
 */
export function figureSummary(f: SalaryFigure, currency: string): string {
  const span = statedSpan(f);
  const amount = f.kind === "range" ? formatMoneyRange(span.low, span.high, currency) : formatMoney(span.low, currency);
  return `${amount} ${periodLabel[f.period]}`;
}

/** "≈ 1 200 € par mois", or null when the figure is already in euros. */
export function euroEquivalent(f: SalaryFigure, salary: SalaryEntry): string | null {
  if (salary.currency === "EUR") return null;
  const country = requireCountry(salary.country);
  const n = normaliseFigure(f, salary.currency, euroRate(country));
  const span = f.period === "month" ? n.monthEur : n.yearEur;
  return `≈ ${formatMoneyRange(span.low, span.high, "EUR")} ${periodLabel[f.period]}`;
}

/** A salary file's first figure; the schema requires at least one (figures: min 1). */
export function firstFigure(salary: SalaryEntry): SalaryFigure {
  const figure = salary.figures[0];
  if (!figure) throw new Error(`${salary.file}: no salary figure (checked at load: this is a bug)`);
  return figure;
}

/** The role's first figure per country: what the "at a glance" box shows. */
export function salaryHighlights(role: Role) {
  return role.salaries.map((salary) => ({
    salary,
    // The content layer guarantees the country exists.
    country: requireCountry(salary.country),
    figure: firstFigure(salary),
  }));
}

/** Every salary figure of a role, normalised, with its country: what charts and tables show. */
export function salaryRows(role: Role) {
  return role.salaries.flatMap((salary) => {
    const country = requireCountry(salary.country);
    return normaliseSalary(salary, country).map((n) => ({ salary, country, ...n }));
  });
}
export type SalaryRow = ReturnType<typeof salaryRows>[number];
