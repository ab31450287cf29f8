import { describe, expect, it } from "vitest";
import { figureSummary } from "@/lib/site/salary-text";
import type { SalaryFigure } from "@/lib/content/schema";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("figureSummary", () => {
  const average: SalaryFigure = {
    id: "moyenne",
    level: "all",
    label: "Moyenne, tous niveaux",
    kind: "average",
    amount: 13000,
    period: "month",
    inferred: {},
    basis: "non-precise",
    experience: null,
  };
  it("states amount and period only: the label beside it says it is an average (no « moyen … en moyenne »)", () => {
    expect(figureSummary(average, "MAD")).toBe(`13${NNBSP}000${NBSP}MAD par mois`);
  });
  it("writes a range once with its currency", () => {
    const range: SalaryFigure = {
      ...average,
      id: "junior",
      level: "junior",
      label: "Junior",
      kind: "range",
      amount: undefined,
      min: 45000,
      max: 55000,
      period: "year",
    };
    expect(figureSummary(range, "EUR")).toBe(`45${NNBSP}000 à 55${NNBSP}000${NBSP}€ par an`);
  });
});
