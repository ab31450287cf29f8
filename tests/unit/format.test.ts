import { describe, expect, it } from "vitest";
import {
  countInWords,
  currencyName,
  formatDay,
  formatList,
  formatMoney,
  formatMoneyRange,
  formatNumber,
  formatTimes,
} from "@/lib/site/format";
import { count } from "@/lib/site/french";

const NNBSP = "\u202F"; // fr-FR thousands separator
const NBSP = "\u00A0"; // before the currency sign

describe("fr-FR formatting", () => {
  it("groups thousands with a narrow no-break space", () => {
    expect(formatNumber(45000)).toBe(`45${NNBSP}000`);
    expect(formatNumber(1200)).toBe(`1${NNBSP}200`);
    expect(formatNumber(999)).toBe("999");
  });

  it("writes euros and dirhams the French way, without decimals", () => {
    expect(formatMoney(45000, "EUR")).toBe(`45${NNBSP}000${NBSP}€`);
    expect(formatMoney(13000, "MAD")).toBe(`13${NNBSP}000${NBSP}MAD`);
    expect(formatMoney(4583.33, "EUR")).toBe(`4${NNBSP}583${NBSP}€`);
  });

  it("writes a range once with its currency, and a single value when both ends match", () => {
    expect(formatMoneyRange(45000, 55000, "EUR")).toBe(`45${NNBSP}000 à 55${NNBSP}000${NBSP}€`);
    expect(formatMoneyRange(1200, 1200, "EUR")).toBe(`1${NNBSP}200${NBSP}€`);
  });

  it("writes ratio bounds as whole numbers, never with a decimal", () => {
    expect(formatTimes({ low: 3, high: 4 })).toBe("de l'ordre de 3 à 4 fois");
    expect(formatTimes({ low: 3, high: 3 })).toBe("environ 3 fois");
  });

  it("agrees words with numbers by French plural rules (0 and 1 singular)", () => {
    expect(count(0, "poste", "postes")).toBe("0 poste");
    expect(count(1, "poste", "postes")).toBe("1 poste");
    expect(count(7, "poste", "postes")).toBe("7 postes");
  });

  it("names currencies, days and lists in French", () => {
    expect(currencyName("MAD")).toBe("dirham marocain");
    expect(formatDay("2026-11-21")).toBe("21 novembre 2026");
    expect(formatList(["a", "b", "c"])).toBe("a, b et c");
    expect(formatList(["a", "b"], "disjunction")).toBe("a ou b");
  });
});

describe("counts in prose", () => {
  it("writes small counts in words, with the feminine « une », and larger ones in digits", () => {
    expect(countInWords(2, true)).toBe("deux");
    expect(countInWords(1, true)).toBe("une");
    expect(countInWords(1)).toBe("un");
    expect(countInWords(10)).toBe("dix");
    expect(countInWords(12)).toBe("12");
    expect(countInWords(1200)).toBe(`1\u202F200`);
  });
});
