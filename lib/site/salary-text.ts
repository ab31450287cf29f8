import type { CountryEntry, SalaryEntry } from "@/lib/content/load";
import type { SalaryFigure } from "@/lib/content/schema";
import { type Derivation, euroRate, normaliseFigure, periodLabel, type SalaryRow, type Span, statedSpan } from "@/lib/domain/salary";
import { formatMoney, formatMoneyRange } from "@/lib/site/format";
import { inCountry } from "@/lib/site/french";

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

/** True when we computed the amount (÷ 12, × 12) or converted it. */
export function isDerived(d: Derivation): boolean {
  return d.period !== null || d.converted;
}

/**
 * An amount as shown beside the source's: "≈ 3 800 à 4 600 €" with « ≈ » when we computed or converted it,
 * "45 000 à 55 000 €" when it is the source's own.
 */
export function shownAmount(span: Span, currency: string, d: Derivation): string {
  return `${isDerived(d) ? "≈ " : ""}${formatMoneyRange(span.low, span.high, currency)}`;
}

/** The short mark after an amount we computed: « ÷ 12 », « × 12 », or "" for the source's period. */
export function derivationMark(d: Derivation): string {
  return d.period ?? "";
}

/**
 * How the amounts of these rows that are ours were obtained, in one reason, for the « déduit par nous » label
 * under a table or a chart. Empty when every amount shown is the source's.
 */
export function derivationReasons(rows: readonly SalaryRow[]): string[] {
  const all = rows.flatMap((r) => Object.values(r.derived));
  const out: string[] = [];
  if (all.some((d) => d.period === "÷ 12"))
    out.push(
      "par mois (÷ 12), le montant annuel de la source divisé par 12, sans treizième mois ni primes, dont les sources ne parlent pas",
    );
  if (all.some((d) => d.period === "× 12")) out.push("par an (× 12), le montant mensuel de la source multiplié par 12");
  for (const c of new Map(rows.filter((r) => r.country.exchange).map((r) => [r.country.slug, r.country])).values())
    if (c.exchange)
      out.push(
        `en euros ${inCountry(c)}, au taux que donne la source (${formatMoney(c.exchange.amount, c.currency)} ≈ ${formatMoney(c.exchange.equals, "EUR")})`,
      );
  return out.length > 0 ? [`${out.join(" ; ")}. Ces calculs sont arrondis à la précision des montants de départ.`] : [];
}

/** « brut ou net non précisé, année inconnue »: what the source leaves open about a figure, to show beside it; "" when nothing. */
export function figureConditions(f: SalaryFigure, salary: Pick<SalaryEntry, "year">): string {
  const out = [
    f.basis === "non-precise" ? "brut ou net non précisé" : f.basis,
    salary.year === null ? "année inconnue" : `chiffre de ${salary.year}`,
  ];
  return out.join(", ");
}
