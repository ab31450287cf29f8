import { describe, expect, it } from "vitest";
import { codesOf, compareFiches, splitById, wantedOf } from "@/public/scripts/compare.js";

// The comparison of any two ROME fiches (/comparer), computed in the browser by public/scripts/compare.js.

const item = (id: string, label = `item ${id}`) => ({ id, label });
const fiche = (code: string, over: Partial<Parameters<typeof compareFiches>[0]> = {}) => ({
  code,
  grandDomain: code.charAt(0),
  domain: code.slice(0, 3),
  knowHow: [],
  knowledge: [],
  softSkills: [],
  contexts: [],
  mobility: [],
  riasec: { major: "I", minor: null },
  ...over,
});

describe("splitById", () => {
  it("matches by id, not by label, each id once, in each list's order", () => {
    const s = splitById([item("1", "A"), item("2"), item("2"), item("3")], [item("3"), item("1", "autre libellé"), item("4")]);
    expect(s.shared.map((x) => x.id)).toEqual(["1", "3"]);
    expect(s.onlyA.map((x) => x.id)).toEqual(["2"]);
    expect(s.onlyB.map((x) => x.id)).toEqual(["4"]);
  });
  it("treats a missing list as empty", () => {
    expect(splitById(undefined, [item("1")])).toEqual({ shared: [], onlyA: [], onlyB: [item("1")] });
  });
});

describe("compareFiches", () => {
  it("counts what two fiches share and where they differ", () => {
    const a = fiche("M1855", {
      knowHow: [item("10"), item("11")],
      knowledge: [item("20")],
      contexts: [item("30")],
      mobility: ["M1805"],
      riasec: { major: "I", minor: "C" },
    });
    const b = fiche("M1805", {
      knowHow: [item("11"), item("12")],
      knowledge: [item("21")],
      contexts: [item("30")],
      riasec: { major: "C", minor: "E" },
    });
    const c = compareFiches(a, b);
    expect(c.knowHow.shared).toEqual([item("11")]);
    expect(c.knowledge.shared).toEqual([]);
    expect(c.contexts.shared).toEqual([item("30")]);
    expect(c.sameDomain).toBe(true);
    expect(c.riasec).toEqual({ a: ["I", "C"], b: ["C", "E"], shared: ["C"] });
    expect(c.mobility).toEqual({ aToB: true, bToA: false });
  });
  it("tells domains apart", () => {
    const c = compareFiches(fiche("M1855"), fiche("K1201"));
    expect([c.sameGrandDomain, c.sameDomain]).toEqual([false, false]);
    expect(compareFiches(fiche("M1855"), fiche("M1203")).sameGrandDomain).toBe(true);
  });
});

describe("codesOf", () => {
  it("reads both address forms, upper-cases, drops what is not a code", () => {
    expect(codesOf("?metiers=m1855,M1805")).toEqual(["M1855", "M1805"]);
    expect(codesOf("?metiers=M1855&metiers=k1201")).toEqual(["M1855", "K1201"]);
    expect(codesOf("?metiers=M1855,<script>,Z1234")).toEqual(["M1855"]);
    expect(codesOf("")).toEqual([]);
  });
});

describe("wantedOf", () => {
  it("reads codes and typed titles, a title whole even with a comma, two at most", () => {
    expect(wantedOf("?metiers=m1855,M1805")).toEqual([{ code: "M1855" }, { code: "M1805" }]);
    expect(wantedOf("?metiers=boulang%C3%A8re&metiers=d1102")).toEqual([{ title: "boulangère" }, { code: "D1102" }]);
    expect(wantedOf("?metiers=Agent+de+quai%2C+de+port&metiers=M1855")).toEqual([{ title: "Agent de quai, de port" }, { code: "M1855" }]);
    expect(wantedOf("?metiers=+&metiers=a,b,c")).toEqual([{ title: "a,b,c" }]);
    expect(wantedOf("?metiers=M1855,M1805,K1201")).toEqual([{ code: "M1855" }, { code: "M1805" }]);
    expect(wantedOf("")).toEqual([]);
  });
});
