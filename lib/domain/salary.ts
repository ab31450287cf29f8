import type { CountryEntry, Occupation, SalaryEntry } from "@/lib/content/load";
import type { SalaryFigure } from "@/lib/content/schema";

/** How one currency converts to euros, and where that rate comes from. */
export interface EuroRate {
  currency: string;
  /** Euros for one unit of `currency`. */
  eurPerUnit: number;
  /** The equivalence as the source states it (13 000 MAD ≈ 1 200 €), or null for the euro itself. */
  stated: { amount: number; equals: number; approximate: boolean; source: string } | null;
}

export function euroRate(country: Pick<CountryEntry, "currency" | "exchange">): EuroRate {
  if (country.currency === "EUR") return { currency: "EUR", eurPerUnit: 1, stated: null };
  if (!country.exchange) throw new Error(`no exchange rate for ${country.currency}`);
  const { amount, equals, approximate, source } = country.exchange;
  return { currency: country.currency, eurPerUnit: equals / amount, stated: { amount, equals, approximate, source } };
}

/** A low–high span; an average is a span of one value. */
export interface Span {
  low: number;
  high: number;
}

/** A figure's amounts as the source gives them. */
export function statedSpan(f: SalaryFigure): Span {
  if (f.kind === "average") return { low: f.amount ?? 0, high: f.amount ?? 0 };
  return { low: f.min ?? 0, high: f.max ?? 0 };
}

/** Significant digits of an amount as written: 45 000 → 2, 13 000 → 2, 1 200 → 2, 60 000 → 1. */
export function significantDigits(n: number): number {
  const digits = String(Math.abs(Math.round(n))).replace(/0+$/, "");
  return Math.max(1, digits.length);
}

/**
 * Rounds an amount we computed (÷ 12, × 12, a conversion) to the precision of the amounts it comes from:
 * as many significant digits as the most precise of them, and never fewer than two (« 60-70K€ » is
 * written with two). 45 000 ÷ 12 = 3 750 → 3 800; 13 000 × 12 = 156 000 → 160 000.
 */
export function roundToInputs(n: number, inputs: readonly number[]): number {
  if (n === 0) return 0;
  const digits = Math.max(2, ...inputs.map(significantDigits));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) + 1 - digits);
  return Math.round(n / step) * step;
}

function mapSpan(s: Span, fn: (n: number) => number): Span {
  return { low: fn(s.low), high: fn(s.high) };
}

/** How a shown amount was obtained from the source's: as stated, or computed by us (and how). */
export interface Derivation {
  /** « ÷ 12 » (a yearly amount per month), « × 12 » (a monthly amount per year), or null when the period is the source's. */
  period: "÷ 12" | "× 12" | null;
  /** True when converted to euros at the source's rate. */
  converted: boolean;
}

/** One figure on every basis: per year and per month, in the local currency and in euros. */
export interface NormalisedFigure {
  figure: SalaryFigure;
  currency: string;
  stated: Span;
  yearLocal: Span;
  monthLocal: Span;
  yearEur: Span;
  monthEur: Span;
  /** Per month in euros before rounding: what ratios are computed from. */
  monthEurExact: Span;
  /** How each of the amounts above was obtained. */
  derived: { yearLocal: Derivation; monthLocal: Derivation; yearEur: Derivation; monthEur: Derivation };
}

/**
 * Monthly = yearly ÷ 12 and yearly = monthly × 12: the sources say nothing of a 13th month or bonuses, so we
 * assume none and say so. An amount the source states is kept as it is; an amount we compute (÷ 12, × 12, a
 * conversion at the source's rate) is rounded to the precision of its inputs (`roundToInputs`), so it never
 * looks sharper than the source (« 45 à 55 K€ » a year is « ≈ 3 800 à 4 600 € » a month, not « 3 750 à 4 583 € »).
 * A conversion that gives back the equivalence the source itself states (13 000 MAD ≈ 1 200 €) is that figure.
 */
export function normaliseFigure(figure: SalaryFigure, currency: string, rate: EuroRate): NormalisedFigure {
  const stated = statedSpan(figure);
  const rateInputs = rate.stated ? [rate.stated.amount, rate.stated.equals] : [];
  const inputs = [stated.low, stated.high];
  const yearRaw = figure.period === "year" ? stated : mapSpan(stated, (n) => n * 12);
  const monthRaw = figure.period === "month" ? stated : mapSpan(stated, (n) => n / 12);
  const toEurExact = (n: number) => n * rate.eurPerUnit;
  const local = (span: Span, own: boolean) => (own ? span : mapSpan(span, (n) => roundToInputs(n, inputs)));
  const euros = (span: Span, own: boolean) =>
    currency === "EUR"
      ? local(span, own)
      : mapSpan(span, (n) =>
          own && n === rate.stated?.amount ? rate.stated.equals : roundToInputs(toEurExact(n), [...inputs, ...rateInputs]),
        );
  const ownYear = figure.period === "year";
  const ownMonth = figure.period === "month";
  const converted = currency !== "EUR";
  return {
    figure,
    currency,
    stated,
    yearLocal: local(yearRaw, ownYear),
    monthLocal: local(monthRaw, ownMonth),
    yearEur: euros(yearRaw, ownYear),
    monthEur: euros(monthRaw, ownMonth),
    monthEurExact: mapSpan(monthRaw, toEurExact),
    derived: {
      yearLocal: { period: ownYear ? null : "× 12", converted: false },
      monthLocal: { period: ownMonth ? null : "÷ 12", converted: false },
      yearEur: { period: ownYear ? null : "× 12", converted },
      monthEur: { period: ownMonth ? null : "÷ 12", converted },
    },
  };
}

function normaliseSalary(salary: SalaryEntry, country: CountryEntry): NormalisedFigure[] {
  const rate = euroRate(country);
  return salary.figures.map((f) => normaliseFigure(f, salary.currency, rate));
}

/** How many times `a` is `b`, lowest and highest (for ranges); shown only as an order of magnitude. */
export function ratioSpan(a: Span, b: Span): Span {
  return { low: a.low / b.high, high: a.high / b.low };
}

/**
 * A ratio span as whole numbers: the floor of its low and the ceiling of its high (never below 1), the
 * narrowest whole bounds that still contain it — rounding widens, so it never claims more precision than
 * « 45 à 55 K€ » against « environ 1 200 € » holds.
 */
export function orderOfMagnitude(span: Span): Span {
  const low = Math.max(1, Math.floor(span.low));
  return { low, high: Math.max(low, Math.ceil(span.high)) };
}

/** Labels in French for a figure's attributes. */
export const periodLabel = { year: "par an", month: "par mois" } as const;
export const basisLabel = { brut: "brut", net: "net", "non-precise": "non précisé" } as const;
export const levelLabel = { junior: "Junior", confirme: "Confirmé", senior: "Senior", all: "Tous niveaux" } as const;

/** "5 à 6 ans", "non précisée" */
export function experienceLabel(f: SalaryFigure): string {
  if (!f.experience) return "non précisée";
  const { min, max } = f.experience;
  return min === max ? `${min} ans` : `${min} à ${max} ans`;
}

/** The country a salary file names; the content layer has checked it exists. */
export function countryOf(countries: readonly CountryEntry[], slug: string): CountryEntry {
  const country = countries.find((c) => c.slug === slug);
  if (!country) throw new Error(`country "${slug}" is not in the content (checked at load: this is a bug)`);
  return country;
}

/** The occupation's first figure per country: what the "at a glance" box shows. */
export function salaryHighlights(occupation: Occupation, countries: readonly CountryEntry[]) {
  return occupation.salaries.flatMap((salary) => {
    const figure = salary.figures[0];
    // A salary file has at least one figure (schema).
    return figure ? [{ salary, country: countryOf(countries, salary.country), figure }] : [];
  });
}

/** Every salary figure of an occupation, normalised, with its country: what charts and tables show. */
export function salaryRows(occupation: Occupation, countries: readonly CountryEntry[]) {
  return occupation.salaries.flatMap((salary) => {
    const country = countryOf(countries, salary.country);
    return normaliseSalary(salary, country).map((n) => ({ salary, country, ...n }));
  });
}
export type SalaryRow = ReturnType<typeof salaryRows>[number];
