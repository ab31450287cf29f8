import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anchorFiches } from "@/bench/anchor";
import { pageKind, pagesPerKind } from "@/bench/kinds";
import { renderCounts } from "@/bench/measure-build";
import { editFicheDefinition, editMarkdownParagraph } from "@/bench/national";
import { writeRomeFixture } from "@/tests/fixtures/rome-fixture";

// The pure parts of `npm run bench` (bench/): kinds of page, the edits of the national builds, the counts
// read from the build's output and the anchor's data. The builds themselves run only in `npm run bench`.
describe("pageKind", () => {
  it("writes a path's variable segments as *", () => {
    expect(pageKind("/")).toBe("/");
    expect(pageKind("/fiches/m1855")).toBe("/fiches/*");
    expect(pageKind("/domaines")).toBe("/domaines");
    expect(pageKind("/domaines/m")).toBe("/domaines/*");
    expect(pageKind("/domaines/m/m18")).toBe("/domaines/*/*");
    expect(pageKind("/interets/le-travail-manuel")).toBe("/interets/*");
    expect(pageKind("/metiers-a-z/c-2")).toBe("/metiers-a-z/*");
    expect(pageKind("/metiers/developpeur-back-end")).toBe("/metiers/*");
    expect(pageKind("/metiers/developpeur-back-end/missions")).toBe("/metiers/*/missions");
    expect(pageKind("/metiers/developpeur-back-end/salaires/france")).toBe("/metiers/*/salaires/*");
    expect(pageKind("/glossaire")).toBe("/glossaire");
  });

  it("picks the first page of each kind, and the pages asked for, in the sitemap's order", () => {
    const paths = ["/", "/fiches/a1101", "/fiches/m1855", "/fiches/m1856", "/domaines", "/domaines/a", "/domaines/m"];
    expect(pagesPerKind(paths, ["/fiches/m1855", "/fiches/absent"])).toEqual([
      { label: "/", path: "/" },
      { label: "/fiches/*", path: "/fiches/a1101" },
      { label: "/fiches/*", path: "/fiches/m1855" },
      { label: "/domaines", path: "/domaines" },
      { label: "/domaines/*", path: "/domaines/a" },
    ]);
  });
});

describe("the national builds' edits", () => {
  const texts = [
    '"code_rome","code_compo_bloc","libelle_type_texte","position_phrase","libelle_texte"',
    '"M1855","3","acces_metier","1","Accès."',
    '"M1855","3","definition","1","Conçoit l\'\'architecture ""web""."',
    '"M1855","3","definition","2","Maintient les sites."',
    "",
  ].join("\n");

  it("appends (bench) inside the quotes of the fiche's first definition sentence, and nowhere else", () => {
    const edited = editFicheDefinition(texts, "M1855");
    expect(edited).toBe(texts.replace('""web""."', '""web"". (bench)"'));
    expect(() => editFicheDefinition(texts, "A1101")).toThrow(/no definition row for A1101/);
  });

  it("appends a sentence to the last paragraph of a markdown file", () => {
    expect(editMarkdownParagraph("---\ntitle: x\n---\n\n## Titre\n\nUn paragraphe\nsur deux lignes.\n")).toBe(
      "---\ntitle: x\n---\n\n## Titre\n\nUn paragraphe\nsur deux lignes. Phrase ajoutée pour mesurer une reconstruction.\n",
    );
    expect(() => editMarkdownParagraph("Texte.\n\n- un point\n")).toThrow(/not a paragraph/);
  });
});

describe("renderCounts", () => {
  it("reads the build's lines of units kept and rendered", () => {
    const log = [
      "build: 1 of 1 occupations unchanged since a build kept them; rendering 1 (« developpeur-back-end » again, to check the cache)",
      "build: 1817 of 1818 pages of the referential unchanged since a build kept them; rendering 3 (2 of them again, to check the cache)",
    ].join("\n");
    expect(renderCounts(log, "occupations")).toEqual({ kept: 1, total: 1, rendered: 1 });
    expect(renderCounts(log, "pages of the referential")).toEqual({ kept: 1817, total: 1818, rendered: 3 });
    expect(renderCounts("", "occupations")).toBeUndefined();
  });
});

describe("anchorFiches", () => {
  it("reads each fiche's title and definition sentences in order, apostrophes undoubled", () => {
    const fiches = anchorFiches(writeRomeFixture(path.join(mkdtempSync(path.join(tmpdir(), "bench-anchor-")), "rome")));
    expect(fiches).toHaveLength(5);
    const k9801 = fiches.find((f) => f.code === "K9801");
    expect(k9801?.title).toBe("Gardien / Gardienne de phares fictifs");
    expect(k9801?.definition[0]).toBe("Veille sur le bon fonctionnement d'un phare imaginaire et de ses abords.");
    const m9901 = fiches.find((f) => f.code === "M9901")?.definition ?? [];
    // position_phrase is a number: 2 before 10.
    expect(m9901.indexOf("Documente les cas limites rencontrés.")).toBeGreaterThan(
      m9901.indexOf("Vérifie que chaque jeu d'essai reproduit fidèlement le format attendu."),
    );
  });
});
