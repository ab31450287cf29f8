import { requireCountry, type Role, type SalaryEntry } from "@/lib/content/load";
import { formatMoney, formatMoneyRange } from "@/lib/site/format";
import { euroRate, normaliseFigure, normaliseSalary, periodLabel, statedSpan } from "@/lib/domain/salary";
import type { SalaryFigure } from "@/lib/content/schema";

/** "45 000 à 55 000 € par an", "13 000 MAD par mois en moyenne" */
export function figureSummary(f: SalaryFigure, currency: string): string {
  const span = statedSpan(f);
  const amount = f.kind === "range" ? formatMoneyRange(span.low, span.high, currency) : formatMoney(span.low, currency);
  return `${amount} ${periodLabel[f.period]}${f.kind === "average" ? " en moyenne" : ""}`;
}

/** "≈ 1 200 € par mois", or null when the figure is already in euros. */
export function euroEquivalent(f: SalaryFigure, salary: SalaryEntry): string | null {
  if (salary.currency === "EUR") return null;
  const country = requireCountry(salary.country);
  const n = normaliseFigure(f, salary.currency, euroRate(country));
  const span = f.period === "month" ? n.monthEur : n.yearEur;
  return `≈ ${formatMoneyRange(span.low, span.high, "EUR")} ${periodLabel[f.period]}`;
}

/** The role's first figure per country: what the "at a glance" box shows. */
export function salaryHighlights(role: Role) {
  return role.salaries.map((salary) => ({
    salary,
    // The content layer guarantees the country exists.
    country: requireCountry(salary.country),
    figure: salary.figures[0],
  }));
}

/** Roles reachable in one step from the start of the career graph. */
export function nextSteps(role: Role): string[] {
  const { career } = role;
  const title = new Map(career.roles.map((r) => [r.id, r.title]));
  return career.paths.filter((p) => p.from === career.start).map((p) => title.get(p.to) ?? p.to);
}

/** Every salary figure of a role, normalised, with its country: what charts and tables show. */
export function salaryRows(role: Role) {
  return role.salaries.flatMap((salary) => {
    const country = requireCountry(salary.country);
    return normaliseSalary(salary, country).map((n) => ({ salary, country, ...n }));
  });
}
export type SalaryRow = ReturnType<typeof salaryRows>[number];
