/** French number and money formatting (narrow no-break space between thousands, "45 000 €"). */

const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return integer.format(n);
}

/** Whole-number ratio bounds (see `orderOfMagnitude`): "de l'ordre de 3 à 5 fois", "environ 3 fois". */
export function formatTimes(span: { low: number; high: number }): string {
  return span.low === span.high
    ? `environ ${formatNumber(span.low)} fois`
    : `de l'ordre de ${formatNumber(span.low)} à ${formatNumber(span.high)} fois`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 45000, "EUR" → "45 000 €"; 13000, "MAD" → "13 000 MAD". */
export function formatMoney(n: number, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat("fr-FR", { style: "currency", currency, currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 });
    moneyFormats.set(currency, f);
  }
  return f.format(n);
}

/** "45 000 à 55 000 €" */
export function formatMoneyRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatNumber(min)} à ${formatMoney(max, currency)}`;
}

/** Display names of the currencies, in French: "dirham marocain". */
const currencyNames = new Intl.DisplayNames("fr", { type: "currency" });
export function currencyName(code: string): string {
  return currencyNames.of(code) ?? code;
}

/** "2026-11-21" → "21 novembre 2026" */
export function formatDay(isoDay: string): string {
  return new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
}

const smallNumbers = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];

/**
 * A count as French prose writes it: in words up to ten, in digits beyond. `feminine` for a feminine noun
 * ("une source", "un article"). 2 → "deux", 12 → "12".
 */
export function countInWords(n: number, feminine = false): string {
  if (n === 1 && feminine) return "une";
  return (Number.isInteger(n) && n >= 0 && n <= 10 ? smallNumbers[n] : undefined) ?? formatNumber(n);
}

/** ["a", "b", "c"] → "a, b et c" (or "a, b ou c") */
export function formatList(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat("fr", { style: "long", type }).format(items);
}
