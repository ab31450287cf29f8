import { describe, expect, it } from "vitest";
import { euroRate, experienceLabel, normaliseFigure, orderOfMagnitude, ratioSpan, roundConverted, statedSpan } from "@/lib/domain/salary";
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

describe("rounding converted amounts", () => {
  it("rounds to 10 below 10 000 and to 100 from 10 000", () => {
    expect(roundConverted(1234)).toBe(1230);
    expect(roundConverted(1235)).toBe(1240);
    expect(roundConverted(14_449)).toBe(14_400);
    expect(roundConverted(14_450)).toBe(14_500);
  });
});

describe("normalising a figure to every basis", () => {
  it("divides a yearly range by 12 and keeps euros exact (to the unit)", () => {
    const n = normaliseFigure(franceJunior, "EUR", eur);
    expect(n.stated).toEqual({ low: 45000, high: 55000 });
    expect(n.yearEur).toEqual({ low: 45000, high: 55000 });
    expect(n.monthEur).toEqual({ low: 3750, high: 4583 });
    expect(n.monthLocal).toEqual({ low: 3750, high: 4583 });
  });
  it("multiplies a monthly average by 12 and converts at the source's rate", () => {
    const n = normaliseFigure(marocAverage, "MAD", mad);
    expect(statedSpan(marocAverage)).toEqual({ low: 13000, high: 13000 });
    expect(n.monthLocal).toEqual({ low: 13000, high: 13000 });
    expect(n.yearLocal).toEqual({ low: 156000, high: 156000 });
    expect(n.monthEur).toEqual({ low: 1200, high: 1200 });
    expect(n.yearEur).toEqual({ low: 14400, high: 14400 });
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
