import type { CountryEntry, SalaryEntry } from "@/lib/content/load";
import type { SalaryFigure } from "@/lib/content/schema";
import { euroRate, normaliseFigure, periodLabel, type SalaryRow, statedSpan } from "@/lib/domain/salary";
import { formatMoney, formatMoneyRange } from "@/lib/site/format";

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
export function euroEquivalent(f: SalaryFigure, salary: SalaryEntry, country: Pick<CountryEntry, "currency" | "exchange">): string | null {
  if (salary.currency === "EUR") return null;
  const n = normaliseFigure(f, salary.currency, euroRate(country));
  const span = f.period === "month" ? n.monthEur : n.yearEur;
  return `≈ ${formatMoneyRange(span.low, span.high, "EUR")} ${periodLabel[f.period]}`;
}

/** "3 750 à 4 580 €" per month in euros, with ≈ when converted. */
export function monthlyEuros(r: SalaryRow): string {
  return `${r.currency === "EUR" ? "" : "≈ "}${formatMoneyRange(r.monthEur.low, r.monthEur.high, "EUR")}`;
}
