import { describe, expect, it } from "vitest";
import {
  euroRate,
  experienceLabel,
  normaliseFigure,
  orderOfMagnitude,
  ratioSpan,
  roundToInputs,
  significantDigits,
  statedSpan,
} from "@/lib/domain/salary";
import type { SalaryFigure } from "@/lib/content/schema";

const franceJunior: SalaryFigure = {
  id: "junior",
  level: "junior",
  label: "Junior",
  kind: "range",
  min: 45000,
  max: 55000,
  period: "year",
  inferred: {},
  basis: "non-precise",
  experience: null,
};
const marocAverage: SalaryFigure = {
  id: "moyenne",
  level: "all",
  label: "Salaire moyen",
  kind: "average",
  amount: 13000,
  period: "month",
  inferred: {},
  basis: "non-precise",
  experience: null,
};
const mad = euroRate({
  currency: "MAD",
  exchange: { amount: 13000, equals: 1200, to: "EUR", approximate: true, source: "article-back-end" },
});
const eur = euroRate({ currency: "EUR", exchange: undefined });

describe("exchange rates", () => {
  it("uses the equivalence the source states", () => {
    expect(mad.eurPerUnit).toBeCloseTo(1200 / 13000, 12);
    expect(mad.stated).toEqual({ amount: 13000, equals: 1200, approximate: true, source: "article-back-end" });
  });
  it("is 1 for the euro, with no stated equivalence", () => {
    expect(eur).toEqual({ currency: "EUR", eurPerUnit: 1, stated: null });
  });
  it("refuses a foreign currency without a rate", () => {
    expect(() => euroRate({ currency: "MAD", exchange: undefined })).toThrow("no exchange rate for MAD");
  });
});

describe("rounding the amounts we compute to the precision of their inputs", () => {
  it("counts the significant digits of an amount as written", () => {
    expect(significantDigits(45_000)).toBe(2);
    expect(significantDigits(13_000)).toBe(2);
    expect(significantDigits(1_200)).toBe(2);
    expect(significantDigits(60_000)).toBe(1);
    expect(significantDigits(42_500)).toBe(3);
  });
  it("keeps as many significant digits as the most precise input, and at least two", () => {
    expect(roundToInputs(45_000 / 12, [45_000, 55_000])).toBe(3_800);
    expect(roundToInputs(55_000 / 12, [45_000, 55_000])).toBe(4_600);
    expect(roundToInputs(70_000 / 12, [60_000, 70_000])).toBe(5_800);
    expect(roundToInputs(13_000 * 12, [13_000])).toBe(160_000);
    expect(roundToInputs(42_500 / 12, [42_500])).toBe(3_540);
    expect(roundToInputs(0, [1])).toBe(0);
  });
});

describe("normalising a figure to every basis", () => {
  it("keeps the source's yearly range as it is and divides it by 12, rounded like « 45 à 55 K€ » (not 3 750 à 4 583)", () => {
    const n = normaliseFigure(franceJunior, "EUR", eur);
    expect(n.stated).toEqual({ low: 45000, high: 55000 });
    expect(n.yearEur).toEqual({ low: 45000, high: 55000 });
    expect(n.monthEur).toEqual({ low: 3800, high: 4600 });
    expect(n.monthLocal).toEqual({ low: 3800, high: 4600 });
    expect(n.monthEurExact.high).toBeCloseTo(55000 / 12, 6);
    expect(n.derived.yearEur).toEqual({ period: null, converted: false });
    expect(n.derived.monthEur).toEqual({ period: "÷ 12", converted: false });
  });
  it("multiplies a monthly average by 12, rounded (not 156 000 MAD or 14 400 €), and keeps the source's own equivalence", () => {
    const n = normaliseFigure(marocAverage, "MAD", mad);
    expect(statedSpan(marocAverage)).toEqual({ low: 13000, high: 13000 });
    expect(n.monthLocal).toEqual({ low: 13000, high: 13000 });
    expect(n.yearLocal).toEqual({ low: 160000, high: 160000 });
    expect(n.monthEur).toEqual({ low: 1200, high: 1200 });
    expect(n.yearEur).toEqual({ low: 14000, high: 14000 });
    expect(n.derived.monthEur).toEqual({ period: null, converted: true });
    expect(n.derived.yearEur).toEqual({ period: "× 12", converted: true });
    expect(n.derived.yearLocal).toEqual({ period: "× 12", converted: false });
  });
});

describe("ratios", () => {
  it("spans from the lowest to the highest quotient", () => {
    const r = ratioSpan({ low: 3750, high: 4583 }, { low: 1200, high: 1200 });
    expect(r.low).toBeCloseTo(3.125, 3);
    expect(r.high).toBeCloseTo(3.819, 3);
  });
});

describe("order of magnitude of a ratio", () => {
  it("widens a span to the whole numbers around it (floor of the low, ceiling of the high)", () => {
    // 45–55 k€ a year against about 1 200 € a month: 3.125 to 3.82 times.
    expect(orderOfMagnitude({ low: 45000 / 12 / 1200, high: 55000 / 12 / 1200 })).toEqual({ low: 3, high: 4 });
    // 60–70 k€: 4.17 to 4.86 times.
    expect(orderOfMagnitude({ low: 60000 / 12 / 1200, high: 70000 / 12 / 1200 })).toEqual({ low: 4, high: 5 });
    // Both levels together, junior low to senior high.
    expect(orderOfMagnitude({ low: 3.125, high: 4.86 })).toEqual({ low: 3, high: 5 });
  });

  it("keeps an exact whole ratio as one number and never goes below 1", () => {
    expect(orderOfMagnitude({ low: 3, high: 3 })).toEqual({ low: 3, high: 3 });
    expect(orderOfMagnitude({ low: 1.05, high: 1.2 })).toEqual({ low: 1, high: 2 });
    expect(orderOfMagnitude({ low: 0.9, high: 1.1 })).toEqual({ low: 1, high: 2 });
  });

  it("always contains the span it rounds", () => {
    for (const [low, high] of [
      [2.01, 2.99],
      [3.5, 3.5],
      [7.2, 9.9],
      [1, 1.0001],
    ] as const) {
      const m = orderOfMagnitude({ low, high });
      expect(m.low).toBeLessThanOrEqual(low);
      expect(m.high).toBeGreaterThanOrEqual(high);
      expect(Number.isInteger(m.low) && Number.isInteger(m.high)).toBe(true);
    }
  });
});

describe("experience labels", () => {
  it("says when the source gives none", () => {
    expect(experienceLabel(franceJunior)).toBe("non précisée");
    expect(experienceLabel({ ...franceJunior, experience: { min: 5, max: 6 } })).toBe("5 à 6 ans");
    expect(experienceLabel({ ...franceJunior, experience: { min: 3, max: 3 } })).toBe("3 ans");
  });
});
