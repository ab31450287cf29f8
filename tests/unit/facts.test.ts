import { describe, expect, it } from "vitest";
import { figureSummary, nextSteps } from "@/lib/facts";
import { CareerSchema, type SalaryFigure } from "@/lib/schema";

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
    period_stated: true,
    basis: "non-precise",
    experience: null,
  };
  it("states amount and period only: the label beside it says it is an average (no « moyen … en moyenne »)", () => {
    expect(figureSummary(average, "MAD")).toBe(`13${NNBSP}000${NBSP}MAD par mois`);
  });
  it("writes a range once with its currency", () => {
    const range: SalaryFigure = { ...average, id: "junior", level: "junior", label: "Junior", kind: "range", amount: undefined, min: 45000, max: 55000, period: "year" };
    expect(figureSummary(range, "EUR")).toBe(`45${NNBSP}000 à 55${NNBSP}000${NBSP}€ par an`);
  });
});

describe("nextSteps: the career moves, counted one way everywhere", () => {
  const career = CareerSchema.parse({
    title: "Évolution",
    description: "Une carrière de test : trois postes atteints en un ou deux pas depuis le poste de départ du test.",
    start: "dev",
    roles: [
      { id: "dev", title: "Développeur" },
      { id: "lead", title: "Lead" },
      { id: "chef", title: "Chef de projet" },
      { id: "cto", title: "CTO" },
    ],
    paths: [
      { from: "dev", to: "lead", sources: ["a"] },
      { from: "lead", to: "chef", sources: ["a"] },
      { from: "dev", to: "chef", sources: ["b"] },
      { from: "chef", to: "cto", sources: ["a"] },
    ],
  });
  it("lists every destination once, including a post reached in two steps (CTO)", () => {
    expect(nextSteps({ career })).toEqual(["Lead", "Chef de projet", "CTO"]);
  });
});
