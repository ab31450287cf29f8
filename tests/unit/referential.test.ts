import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ContentError, formatIssue } from "@/lib/content/errors";
import { loadReferentialCached, referentialCacheKey } from "@/lib/referential/cache";
import { clean, loadReferential } from "@/lib/referential/load";
import type { RomeFiche } from "@/lib/referential/model";
import { installReferential, main } from "@/scripts/referential";
import { writeRomeFixture } from "../fixtures/rome-fixture";

// The fixture is invented (tests/fixtures/rome-fixture.ts), written to a folder here; the expected values below are
// written from it.
const fixture = writeRomeFixture(path.join(mkdtempSync(path.join(tmpdir(), "referential-fixture-")), "rome"));
const temporaries: string[] = [path.dirname(fixture)];
afterAll(() => {
  for (const dir of temporaries) rmSync(dir, { recursive: true, force: true });
});

function temporary(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "referential-"));
  temporaries.push(dir);
  return dir;
}

/** A copy of the fixture, changed by `change`, in a temporary folder. */
function copyOfFixture(change: (dir: string) => void = () => undefined): string {
  const dir = path.join(temporary(), "rome");
  cpSync(fixture, dir, { recursive: true });
  change(dir);
  return dir;
}

const csv = (dir: string, name: string) => path.join(dir, `unix_${name}_v460_utf8.csv`);
const rel = (abs: string) => path.relative(process.cwd(), abs);

function edit(dir: string, name: string, from: string, to: string) {
  const file = csv(dir, name);
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** The lines of the `ContentError` that loading `dir` throws. */
function problems(dir: string): string[] {
  try {
    loadReferential(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("loadReferential on the fixture", () => {
  const referential = loadReferential(fixture);
  const fiche = (code: string): RomeFiche => {
    const found = referential.fiches.find((f) => f.code === code);
    if (!found) throw new Error(`no fiche ${code}`);
    return found;
  };

  it("reads the version, and sorts fiches, domains and interests", () => {
    expect(referential.version).toEqual({ number: "99", published: "2026-01-15" });
    expect(referential.fiches.map((f) => f.code)).toEqual(["K9801", "K9901", "M9901", "M9902", "M9903"]);
    expect(referential.grandDomains).toEqual([
      { code: "K", label: "Services imaginaires à la personne et à la collectivité" },
      { code: "M", label: "Support fictif à l'entreprise" },
    ]);
    expect(referential.domains.map((d) => d.code)).toEqual(["K98", "K99", "M99"]);
    expect(referential.interests.map((i) => i.code)).toEqual(["2", "10"]);
  });

  it("gives each fiche its title, parent and domains", () => {
    expect(fiche("M9902")).toMatchObject({
      title: "Testeur / Testeuse de fixtures en recette fictive",
      parent: "M9901",
      grandDomain: "M",
      domain: "M99",
    });
    expect(fiche("M9901").parent).toBe("M9901");
    expect(fiche("K9801")).toMatchObject({ grandDomain: "K", domain: "K98" });
  });

  it("puts the principal title first, then the others in French order, with the rare flag", () => {
    expect(fiche("M9901").titles).toEqual([
      { id: "900001", label: "Testeur / Testeuse de fixtures", principal: true, rare: false },
      { id: "900003", label: "Contrôleur / Contrôleuse de fixtures", principal: false, rare: true },
      { id: "900004", label: "Éprouveur / Éprouveuse de cas d'essai", principal: false, rare: false },
      { id: "900002", label: "Vérificateur / Vérificatrice de jeux de données fictifs", principal: false, rare: false },
    ]);
    expect(fiche("K9901").titles.map((t) => t.label)).toEqual([
      "Animateur / Animatrice d'ateliers imaginaires",
      "Animateur / Animatrice de veillées imaginaires",
    ]);
  });

  it("orders sentences by numeric position, undoes doubled apostrophes, keeps a sentence without full stop", () => {
    expect(fiche("M9901").definition).toEqual([
      "Conçoit des fixtures synthétiques pour éprouver les chargeurs de données.",
      "Vérifie que chaque jeu d'essai reproduit fidèlement le format attendu.",
      "Signale les écarts à l'équipe de développement",
      "Documente les cas limites rencontrés.",
    ]);
    expect(fiche("K9901").access).toEqual([
      "Cet emploi est accessible avec un brevet d'animation fictif.",
      "Une expérience auprès du public est appréciée.",
    ]);
    expect(JSON.stringify(referential)).not.toContain("''");
  });

  it("groups savoir-faire by macro-compétence and savoirs by category, with the fiche's marks", () => {
    const macro = "Éprouver un chargeur de données";
    expect(fiche("M9901").knowHow).toEqual([
      { id: "910002", label: "Écrire des fixtures au format CSV", group: macro, mark: "core" },
      { id: "910003", label: "Comparer un résultat à l'attendu", group: macro, mark: "emerging" },
      { id: "910001", label: macro, group: macro, mark: null },
    ]);
    // No macro-compétence: its own label.
    expect(fiche("K9801").knowHow).toEqual([
      { id: "910006", label: "Entretenir la lanterne d'un phare fictif", group: "Entretenir la lanterne d'un phare fictif", mark: null },
    ]);
    expect(fiche("K9901").knowHow[0]?.group).toBe("Animer un groupe fictif");
    // The same item, another fiche: that fiche's mark.
    expect(fiche("M9902").knowHow[0]?.mark).toBe("emerging");
    expect(fiche("M9901").softSkills).toEqual([
      { id: "910101", label: "Faire preuve de rigueur et de précision", group: null, mark: null },
    ]);
    expect(fiche("M9901").knowledge).toEqual([
      { id: "910202", label: "Règles de typographie française", group: "Normes et procédés", mark: null },
      { id: "910201", label: "Formats de fichiers tabulaires", group: "Domaines d'expertise", mark: "core" },
    ]);
  });

  it("reads work contexts of both types, in the order of the links file", () => {
    expect(fiche("M9901").contexts).toEqual([
      { id: "910302", label: "Travail sur un littoral fictif", type: "Lieux et déplacements" },
      { id: "910301", label: "Travail en horaires décalés", type: "Horaires et durée du travail" },
    ]);
  });

  it("orders mobility by numero_ordre (numerically)", () => {
    expect(fiche("M9901").mobility).toEqual(["K9901", "M9903", "M9902"]);
    expect(fiche("M9903").mobility).toEqual([]);
  });

  it("reads RIASEC with and without minor", () => {
    expect(fiche("M9901").riasec).toEqual({ major: "C", minor: "I" });
    expect(fiche("M9902").riasec).toEqual({ major: "C", minor: null });
  });

  it("reads centres d'intérêt, their paragraphs (a multi-line field) and the fiches' memberships", () => {
    expect(referential.interests).toEqual([
      {
        code: "2",
        label: "J'ai envie d'éprouver des idées fictives",
        definition: [
          "Éprouver, vérifier, comparer\u00a0: des métiers imaginaires pour les esprits rigoureux.",
          "Vous aimez qu'un résultat soit exact\u202f?\nCes métiers fictifs vous demandent de la patience.",
        ],
      },
      {
        code: "10",
        label: "J'ai envie de veiller sur des lieux imaginaires",
        definition: ["Des métiers inventés pour qui aime les lieux calmes et les nuits étoilées."],
      },
    ]);
    expect(fiche("K9901").interests).toEqual([
      { code: "2", principal: true },
      { code: "10", principal: false },
    ]);
    expect(fiche("M9903").interests).toEqual([]);
  });

  it("reads sectors, deduplicated per fiche, principal when any row says so; other codes skipped", () => {
    expect(referential.sectors).toEqual([
      {
        code: "201",
        label: "Essais et recettes imaginaires",
        definition: [
          "Découvrez des métiers inventés où l'on vérifie tout deux fois.",
          "Ce secteur fictif regroupe les activités d'essai et de recette.",
        ],
      },
      { code: "202", label: "Loisirs et patrimoine fictifs", definition: [] },
    ]);
    expect(fiche("M9901").sectors).toEqual([{ code: "201", principal: true }]);
    expect(fiche("K9901").sectors).toEqual([{ code: "202", principal: false }]);
  });

  it("maps tags: O → true, N → false, empty → null, transition_eco as given", () => {
    expect(fiche("M9901").tags).toEqual({
      ecological: "Emploi Blanc",
      digital: true,
      demographic: false,
      regulated: null,
      executive: true,
    });
    expect(fiche("K9901").tags).toEqual({ ecological: null, digital: false, demographic: true, regulated: null, executive: null });
  });
});

describe("loadReferential on bad files", () => {
  it("reports a missing folder", () => {
    const dir = path.join(temporary(), "absent");
    expect(problems(dir)).toEqual([`${rel(dir)}: (file): no such folder (expected the ROME CSV files here)`]);
  });

  it("reports every missing file at once", () => {
    const dir = copyOfFixture((d) => {
      unlinkSync(csv(d, "rubrique_mobilite"));
      unlinkSync(path.join(d, "version.txt"));
    });
    expect(problems(dir)).toEqual([
      `${rel(csv(dir, "rubrique_mobilite"))}: (file): missing (the referential needs it)`,
      `${rel(path.join(dir, "version.txt"))}: (file): missing (the referential needs it)`,
    ]);
  });

  it("reports a renamed column", () => {
    const dir = copyOfFixture((d) => {
      edit(d, "item", '"code_ogr","libelle"', '"code_item","libelle"');
    });
    expect(problems(dir)).toEqual([`${rel(csv(dir, "item"))}: (header): missing column "code_ogr"`]);
  });

  it("reports a link whose code_ogr resolves to nothing, with its line", () => {
    const dir = copyOfFixture((d) => {
      edit(d, "liens_rome_referentiels", '"M9901","5","1","910003"', '"M9901","5","1","919999"');
    });
    expect(problems(dir)).toEqual([
      `${rel(csv(dir, "liens_rome_referentiels"))}: line 18, column code_ogr: item 919999 is not in unix_item_v460_utf8.csv`,
    ]);
  });

  it("reports an appellation of an unknown fiche", () => {
    const dir = copyOfFixture((d) => {
      edit(
        d,
        "referentiel_appellation",
        '"Animateur(trice) de veillées imaginaires","K9901"',
        '"Animateur(trice) de veillées imaginaires","K9999"',
      );
    });
    expect(problems(dir)).toEqual([
      `${rel(csv(dir, "referentiel_appellation"))}: line 8, column code_rome: fiche "K9999" is not in unix_referentiel_code_rome_v460_utf8.csv`,
    ]);
  });

  it("reports a fiche without definition", () => {
    const dir = copyOfFixture((d) => {
      edit(d, "texte", '"K9801","3","definition","1","Veille sur le bon fonctionnement d\'\'un phare imaginaire et de ses abords."\n', "");
    });
    expect(problems(dir)).toEqual([`${rel(csv(dir, "texte"))}: (fiche K9801): no "definition" text`]);
  });

  it("reports a file that is not UTF-8", () => {
    const dir = copyOfFixture((d) => {
      writeFileSync(
        csv(d, "grand_domaine"),
        Buffer.from('"code_grand_domaine","libelle_grand_domaine"\n"K","Services à la personne"\n', "latin1"),
      );
    });
    expect(problems(dir)).toEqual([`${rel(csv(dir, "grand_domaine"))}: (file): not valid UTF-8 (the loader expects UTF-8)`]);
  });

  it("counts lines from a record's start, after a field spanning two lines", () => {
    const dir = copyOfFixture((d) => {
      edit(d, "texte", "avec un brevet d''animation fictif.", "avec un brevet\nd''animation fictif.");
      edit(d, "texte", '"K9901","4","acces_metier","2"', '"K9901","4","acces_metier","deux"');
    });
    expect(problems(dir)).toEqual([`${rel(csv(dir, "texte"))}: line 7, column position_phrase: expected a number, got "deux"`]);
  });

  it("reports bad values of several files together", () => {
    const dir = copyOfFixture((d) => {
      edit(d, "referentiel_code_rome_riasec", '"M9902","C",""', '"M9902","C","X"');
      edit(d, "rubrique_mobilite", '"K9901","K9801","1"', '"K9901","K9809","1"');
      edit(d, "referentiel_code_rome", '"Emploi Vert","","","O","N"', '"Emploi Vert","","","Oui","N"');
    });
    expect(problems(dir)).toEqual([
      `${rel(csv(dir, "referentiel_code_rome"))}: line 2, column emploi_reglemente: expected O, N or empty, got "Oui"`,
      `${rel(csv(dir, "rubrique_mobilite"))}: line 6, column code_rome_cible: fiche "K9809" is not in unix_referentiel_code_rome_v460_utf8.csv`,
      `${rel(csv(dir, "referentiel_code_rome_riasec"))}: line 5, column riasec_mineur: expected one of R, I, A, S, E, C or empty, got "X"`,
    ]);
  });

  it("reads a CSV outside France Travail's all-quoted format through csv-parse", () => {
    const dir = copyOfFixture((d) => {
      writeFileSync(
        csv(d, "grand_domaine"),
        'code_grand_domaine,libelle_grand_domaine\r\nM,Support fictif à l\'entreprise\r\n\r\nK,"Services imaginaires à la personne et à la collectivité"\r\n',
      );
    });
    expect(loadReferential(dir).grandDomains).toEqual(loadReferential(fixture).grandDomains);
  });
});

describe("loadReferentialCached", () => {
  it("keeps the result, reads it back on a hit, and starts again when a file changes", () => {
    const dir = copyOfFixture();
    const cacheDir = path.join(temporary(), "cache");
    const first = loadReferentialCached(dir, cacheDir);
    expect(first).toEqual(loadReferential(dir));
    const key = referentialCacheKey(dir);
    const cacheFile = path.join(cacheDir, `referential-${key}.json`);
    expect(readdirSync(cacheDir)).toEqual([path.basename(cacheFile)]);

    // A hit returns the cached JSON as it is (the CSV files are not parsed again).
    expect(loadReferentialCached(dir, cacheDir)).toEqual(first);
    const marked = { ...first, grandDomains: [{ code: "K", label: "from the cache" }] };
    writeFileSync(cacheFile, JSON.stringify(marked));
    expect(loadReferentialCached(dir, cacheDir).grandDomains).toEqual(marked.grandDomains);

    // Another loader version: another key.
    expect(referentialCacheKey(dir, "2")).not.toBe(key);

    // A changed CSV: a new hash, a new file, the old one removed.
    edit(dir, "grand_domaine", "Support fictif à l'entreprise", "Support fictif aux entreprises");
    const second = loadReferentialCached(dir, cacheDir);
    expect(second.grandDomains[1]).toEqual({ code: "M", label: "Support fictif aux entreprises" });
    const newKey = referentialCacheKey(dir);
    expect(newKey).not.toBe(key);
    expect(readdirSync(cacheDir)).toEqual([`referential-${newKey}.json`]);
  });

  it("throws the loader's problems, and writes nothing", () => {
    const dir = copyOfFixture((d) => {
      unlinkSync(csv(d, "item"));
    });
    const cacheDir = path.join(temporary(), "cache");
    expect(() => loadReferentialCached(dir, cacheDir)).toThrow(ContentError);
    expect(existsSync(cacheDir)).toBe(false);
  });
});

describe("npm run referentiel", () => {
  it("installs the files the loader reads, replacing what was there", () => {
    const target = path.join(temporary(), "data", "rome");
    cpSync(fixture, target, { recursive: true });
    writeFileSync(path.join(target, "stale.csv"), "old");
    const installed = installReferential(fixture, target);
    expect(installed).toMatchObject({ version: "99", fiches: 5, titles: 9 });
    const csvNames = readdirSync(fixture).filter((n) => n.endsWith(".csv"));
    expect(readdirSync(target).sort()).toEqual([...csvNames, "version.txt"].sort());
  });

  it("prints one line per problem, copies nothing and fails", () => {
    const dir = copyOfFixture((d) => {
      unlinkSync(csv(d, "texte"));
    });
    const target = path.join(temporary(), "data", "rome");
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: string) => {
      errors.push(line);
    });
    try {
      expect(main([dir], target)).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual([`${rel(csv(dir, "texte"))}: (file): missing (the referential needs it)`]);
    expect(existsSync(target)).toBe(false);
  });

  it("prints what it installed", () => {
    const target = path.join(temporary(), "data", "rome");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => {
      lines.push(line);
    });
    try {
      expect(main(["--", fixture], target)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([`ROME 99 (5 fiches, 9 titles) installed in ${rel(target)}/`]);
  });
});

describe("clean", () => {
  it("gives back Windows-1252 characters that reached the files as C1 controls, then undoes doubled apostrophes", () => {
    expect(clean("CAP en construction bâtiment gros \u009cuvre.")).toBe("CAP en construction bâtiment gros œuvre.");
    expect(clean("en France et à l\u0092'étranger")).toBe("en France et à l'étranger");
    expect(clean("l''entretien ")).toBe("l'entretien");
    expect(clean("a\u0081b")).toBe("ab");
  });
});
