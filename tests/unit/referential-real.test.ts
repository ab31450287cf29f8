import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadReferential } from "@/lib/referential/load";

// France Travail's real files (ROME 4.0, version 60), read at run time from the shared folder, never copied into the
// project; skipped where the folder is absent. Expected values are counted here with csv-parse, not by the loader.
const dir = path.resolve("../shared/rome/v460");

function rows(name: string): Record<string, string>[] {
  const text = readFileSync(path.join(dir, `unix_${name}_v460_utf8.csv`), "utf8");
  return parse(text, { columns: true, skip_empty_lines: true });
}

describe.skipIf(!existsSync(dir))("loadReferential on the real ROME files", () => {
  const referential = loadReferential(dir);
  it("has no C1 control character left in any text (HTML forbids them)", () => {
    expect(JSON.stringify(referential)).not.toMatch(/[\u0080-\u009f]/);
  });

  it("has one fiche per row of the fiches file, and one title per appellation", () => {
    expect(referential.fiches).toHaveLength(rows("referentiel_code_rome").length);
    expect(referential.fiches.reduce((n, f) => n + f.titles.length, 0)).toBe(rows("referentiel_appellation").length);
  });

  it("points every mobility at a fiche", () => {
    const codes = new Set(referential.fiches.map((f) => f.code));
    const targets = referential.fiches.flatMap((f) => f.mobility);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((code) => !codes.has(code))).toEqual([]);
  });

  it("gives M1855 the principal title of the appellation file first", () => {
    const principal = rows("referentiel_appellation").find((r) => r.code_rome === "M1855" && r.classification === "PRINCIPALE");
    const fiche = referential.fiches.find((f) => f.code === "M1855");
    expect(principal?.libelle_appellation_long).toBeTruthy();
    expect(fiche?.titles[0]?.label).toBe(principal?.libelle_appellation_long);
    expect(fiche?.parent).toBe("M1805");
  });
});
