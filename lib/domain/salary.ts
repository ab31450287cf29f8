import type { CountryEntry, Role, SalaryEntry } from "@/lib/content/load";
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

/**
 * Rounds a converted amount to a precision that does not pretend to more than the data has:
 * to the nearest 100 from 10 000 up, to the nearest 10 below.
 */
export function roundConverted(n: number): number {
  const step = Math.abs(n) >= 10_000 ? 100 : 10;
  return Math.round(n / step) * step;
}

function mapSpan(s: Span, fn: (n: number) => number): Span {
  return { low: fn(s.low), high: fn(s.high) };
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
}

/**
 * Monthly = yearly / 12: the sources say nothing of a 13th month or bonuses, so we assume none and say so.
 * Amounts in the source's own currency are exact divisions (rounded to the unit); euro amounts are rounded
 * with `roundConverted` because the rate itself is approximate.
 */
export function normaliseFigure(figure: SalaryFigure, currency: string, rate: EuroRate): NormalisedFigure {
  const stated = statedSpan(figure);
  const yearRaw = figure.period === "year" ? stated : mapSpan(stated, (n) => n * 12);
  const monthRaw = figure.period === "month" ? stated : mapSpan(stated, (n) => n / 12);
  const toEur = (n: number) => (currency === "EUR" ? Math.round(n) : roundConverted(n * rate.eurPerUnit));
  return {
    figure,
    currency,
    stated,
    yearLocal: mapSpan(yearRaw, Math.round),
    monthLocal: mapSpan(monthRaw, Math.round),
    yearEur: mapSpan(yearRaw, toEur),
    monthEur: mapSpan(monthRaw, toEur),
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

/** The role's first figure per country: what the "at a glance" box shows. */
export function salaryHighlights(role: Role, countries: readonly CountryEntry[]) {
  return role.salaries.flatMap((salary) => {
    const figure = salary.figures[0];
    // A salary file has at least one figure (schema).
    return figure ? [{ salary, country: countryOf(countries, salary.country), figure }] : [];
  });
}

/** Every salary figure of a role, normalised, with its country: what charts and tables show. */
export function salaryRows(role: Role, countries: readonly CountryEntry[]) {
  return role.salaries.flatMap((salary) => {
    const country = countryOf(countries, salary.country);
    return normaliseSalary(salary, country).map((n) => ({ salary, country, ...n }));
  });
}
export type SalaryRow = ReturnType<typeof salaryRows>[number];
