import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ContentError, type ContentIssue, issuesFromZod } from "@/lib/content/errors";
import { frenchSpacing } from "@/lib/content/french-spacing";
import { type Referential, ReferentialSchema, type RomeContext, type RomeFiche, type RomeSkill, type RomeTitle } from "./model";

/**
 * Loads ROME 4.0's bulk CSV files (France Travail, `unix_<name>_v<N>_utf8.csv` plus `version.txt`) into the
 * `Referential` of model.ts. Every problem found (missing file or column, undecodable bytes, a code that resolves to
 * nothing…) is collected and thrown at once as a `ContentError`; CSV problems name the record's first physical line
 * and its column. The NAF files are not read (one of them is Latin-1, and the site does not need them).
 */

/** The CSV files the loader reads, and the columns it needs in each (extra columns are fine). */
const referentialTables = {
  fiches: [
    "referentiel_code_rome",
    "code_rome",
    "libelle_rome",
    "transition_eco",
    "transition_num",
    "transition_demo",
    "emploi_reglemente",
    "emploi_cadre",
    "code_rome_parent",
  ],
  titles: ["referentiel_appellation", "code_ogr", "libelle_appellation_long", "code_rome", "classification", "peu_usite"],
  texts: ["texte", "code_rome", "code_compo_bloc", "libelle_type_texte", "position_phrase", "libelle_texte"],
  links: ["liens_rome_referentiels", "code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
  items: ["item", "code_ogr", "libelle"],
  competences: ["referentiel_competence", "code_ogr", "nature", "libelle_competence", "code_ogr_macro_comp"],
  savoirs: ["referentiel_savoir", "code_ogr_savoir", "categorie_savoir"],
  coherence: ["coherence_item", "code_rome", "code_ogr", "coeur_metier"],
  contexts: ["referentiel_contexte_travail", "code_ogr", "libelle_cont_travail", "libelle_type_cont_trav"],
  mobility: ["rubrique_mobilite", "code_rome", "code_rome_cible", "numero_ordre"],
  ficheDomains: ["cr_gd_dp", "code_rome", "code_grand_domaine", "code_domaine_professionel"],
  grandDomains: ["grand_domaine", "code_grand_domaine", "libelle_grand_domaine"],
  domains: ["domaine_professionnel", "code_domaine_professionnel", "libelle_domaine_professionnel"],
  riasec: ["referentiel_code_rome_riasec", "code_rome", "riasec_majeur", "riasec_mineur"],
  interests: ["centre_interet", "code_centre_interet", "libelle_centre_interet", "definition_centre_interet"],
  ficheInterests: ["arborescence_centre_interet", "code_centre_interet", "code_rome", "principal"],
  sectors: ["secteur_activite", "code_sect_activite", "libelle_sect_activite", "definition_sect_activite"],
  ficheSectors: ["arborescence_secteur_activite", "code_sect_activite", "code_rome", "principal"],
} as const;

type Tables = typeof referentialTables;
type TableKey = keyof Tables;
/** The columns of a table (its spec without the file name). */
type Columns<K extends TableKey> = Tables[K] extends readonly [string, ...infer C extends string[]] ? C[number] : never;
/** One record: its needed columns (doubled apostrophes undone, trimmed) and the physical line it starts on. */
type Row<K extends TableKey> = Record<Columns<K>, string> & { line: number };

interface Table<K extends TableKey> {
  /** Path of the CSV as reported in issues (relative to the working directory). */
  file: string;
  rows: Row<K>[];
}

const versionFileName = "version.txt";

/** `unix_referentiel_code_rome_v460_utf8.csv` for `referentiel_code_rome` and suffix `_v460_utf8.csv`. */
function csvName(base: string, suffix: string): string {
  return `unix_${base}${suffix}`;
}

const suffixPattern = /^_v\d+_utf8\.csv$/;

function display(abs: string): string {
  return path.relative(process.cwd(), abs) || ".";
}

/** Where each file the loader reads is, or the issues that say which are missing. */
interface ReferentialFiles {
  /** Absolute paths by table, plus `version` for version.txt. */
  tables: Record<TableKey, string>;
  version: string;
}

/**
 * The files of the referential in `dir`: every required CSV must exist with the same `_v<N>_utf8.csv` suffix (the
 * one most of them share), plus version.txt. Returns the issues instead when some are missing.
 */
function resolveReferentialFiles(dir: string): { files: ReferentialFiles } | { issues: ContentIssue[] } {
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    return { issues: [{ file: display(abs), field: "(file)", message: "no such folder (expected the ROME CSV files here)" }] };
  }
  const names = new Set(readdirSync(abs));
  // The suffix: the one the most required files have.
  const counts = new Map<string, number>();
  for (const [base] of Object.values(referentialTables)) {
    for (const name of names) {
      if (!name.startsWith(`unix_${base}_v`)) continue;
      const suffix = name.slice(`unix_${base}`.length);
      if (suffixPattern.test(suffix)) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
  }
  let suffix = "_v<N>_utf8.csv";
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) [suffix, best] = [s, n];
  }
  const issues: ContentIssue[] = [];
  const tables: Partial<Record<TableKey, string>> = {};
  for (const [key, [base]] of Object.entries(referentialTables) as [TableKey, Tables[TableKey]][]) {
    const name = csvName(base, suffix);
    if (names.has(name)) tables[key] = path.join(abs, name);
    else issues.push({ file: display(path.join(abs, name)), field: "(file)", message: "missing (the referential needs it)" });
  }
  if (!names.has(versionFileName)) {
    issues.push({ file: display(path.join(abs, versionFileName)), field: "(file)", message: "missing (the referential needs it)" });
  }
  if (issues.length > 0) return { issues };
  return { files: { tables: tables as Record<TableKey, string>, version: path.join(abs, versionFileName) } };
}

/** Every file the loader reads (absolute paths, CSVs then version.txt); throws the `ContentError` when some are missing. */
export function referentialFilePaths(dir: string): string[] {
  const resolved = resolveReferentialFiles(dir);
  if ("issues" in resolved) throw new ContentError(resolved.issues);
  return [...Object.values(resolved.files.tables), resolved.files.version];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(abs: string, issues: ContentIssue[]): string | undefined {
  try {
    return utf8.decode(readFileSync(abs));
  } catch {
    issues.push({ file: display(abs), field: "(file)", message: "not valid UTF-8 (the loader expects UTF-8)" });
    return undefined;
  }
}

/**
 * Characters of Windows-1252 that reached the files as C1 control characters (U+0080–U+009F, forbidden in HTML): the
 * text meant « gros œuvre » where the file has U+009C, « l'étranger » where it has U+0092 before an apostrophe. Each is
 * given back its character, as the rest of the files write it (’ as ', – as -, … as ...); the others are dropped.
 */
const windows1252: Record<string, string> = {
  "\u0080": "€",
  "\u0082": "‚",
  "\u0084": "„",
  "\u0085": "...",
  "\u008a": "Š",
  "\u008c": "Œ",
  "\u008e": "Ž",
  "\u0091": "'",
  "\u0092": "'",
  "\u0093": "«",
  "\u0094": "»",
  "\u0096": "-",
  "\u0097": "-",
  "\u009a": "š",
  "\u009c": "œ",
  "\u009e": "ž",
  "\u009f": "Ÿ",
};

/**
 * Windows-1252 characters given back, doubled apostrophes undone (`l''entretien` → `l'entretien`), trimmed, and the
 * spaces before « : ; ! ? » made unbreakable (typography, not wording: the words stay ROME's).
 */
export function clean(value: string): string {
  const repaired = /[\u0080-\u009f]/.test(value) ? value.replace(/[\u0080-\u009f]/g, (c) => windows1252[c] ?? "") : value;
  return frenchSpacing((repaired.includes("''") ? repaired.replaceAll("''", "'") : repaired).trim());
}

/** Receives each CSV record and the physical line (1-based) it starts on; returns false to stop reading. */
type OnRecord = (record: string[], line: number) => boolean;

function countBreaks(value: string): number {
  let n = 0;
  for (let at = value.indexOf("\n"); at >= 0; at = value.indexOf("\n", at + 1)) n++;
  return n;
}

/**
 * A CSV file through csv-parse, record by record to `onRecord` with the physical line it starts on. Lines are counted
 * here from the records (csv-parse's `info` gives the line a record ends on, and doubles its time).
 */
function parseWithCsvParse(text: string, file: string, issues: ContentIssue[], onRecord: OnRecord): boolean {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true });
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ file, field: typeof lines === "number" ? `line ${lines}` : "(file)", message: `not readable as CSV: ${message}` });
    return false;
  }
  // One line per record plus the line breaks inside its fields; empty lines come as one empty field.
  let line = 1;
  for (const record of records) {
    const start = line;
    line += 1;
    for (const value of record) line += countBreaks(value);
    if (record.length === 1 && record[0] === "") continue;
    if (!onRecord(record, start)) break;
  }
  return true;
}

function readTable<K extends TableKey>(key: K, abs: string, issues: ContentIssue[]): Table<K> | undefined {
  const file = display(abs);
  const text = decode(abs, issues);
  if (text === undefined) return undefined;
  const [, ...columns] = referentialTables[key] as readonly string[];
  let header: string[] | undefined;
  let headerLine = 0;
  const index: [string, number][] = [];
  const rows: Row<K>[] = [];
  const found: ContentIssue[] = [];
  const onRecord: OnRecord = (record, line) => {
    if (header === undefined) {
      header = record.map((h) => h.trim());
      headerLine = line;
      for (const column of columns) {
        const at = header.indexOf(column);
        if (at < 0) found.push({ file, field: "(header)", message: `missing column "${column}"` });
        else index.push([column, at]);
      }
      return found.length === 0;
    }
    if (record.length !== header.length) {
      found.push({
        file,
        field: `line ${line}`,
        message: `${record.length} fields where the header (line ${headerLine}) has ${header.length}`,
      });
      return true;
    }
    const row: Record<string, string | number> = { line };
    for (const [column, at] of index) row[column] = clean(record[at] ?? "");
    rows.push(row as Row<K>);
    return true;
  };
  if (!parseWithCsvParse(text, file, issues, onRecord)) return undefined;
  if (header === undefined) found.push({ file, field: "(file)", message: "empty (expected a header line and records)" });
  issues.push(...found);
  if (found.length > 0) return undefined;
  return { file, rows };
}

const flags: Record<string, boolean | null> = { O: true, N: false, "": null };
const riasecLetters = new Set(["R", "I", "A", "S", "E", "C"]);
const marks: Record<string, RomeSkill["mark"]> = { Principale: "core", Émergente: "emerging", "": null };
const yesNo: Record<string, boolean> = { oui: true, non: false };

/** A definition's paragraphs: split on blank lines, trimmed, empty ones dropped. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function parseVersion(abs: string, issues: ContentIssue[]): Referential["version"] | undefined {
  const text = decode(abs, issues);
  if (text === undefined) return undefined;
  const number = /Num[ée]ro de version\s*:\s*(\d+)/i.exec(text)?.[1];
  const date = /Date de publication\s*:\s*(\d{2})\/(\d{2})\/(\d{4})/i.exec(text);
  const file = display(abs);
  if (number === undefined) issues.push({ file, field: "(file)", message: "no « Numero de version : N » line" });
  if (!date) issues.push({ file, field: "(file)", message: "no « Date de publication : JJ/MM/AAAA » line" });
  if (number === undefined || !date) return undefined;
  return { number, published: `${date[3] ?? ""}-${date[2] ?? ""}-${date[1] ?? ""}` };
}

const byNumber = (a: string, b: string) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function isComplete(read: Partial<{ [K in TableKey]: Table<K> }>): read is { [K in TableKey]: Table<K> } {
  return (Object.keys(referentialTables) as TableKey[]).every((key) => read[key] !== undefined);
}

/** A fiche while it is being joined (every field of `RomeFiche`, some still unknown). */
type Draft = Omit<RomeFiche, "grandDomain" | "domain" | "riasec"> & {
  grandDomain?: string;
  domain?: string;
  riasec?: RomeFiche["riasec"];
  mobilityOrder: { code: string; order: number }[];
  definitionOrder: { text: string; order: number }[];
  accessOrder: { text: string; order: number }[];
};

/** The referential in `dir`, joined and validated; throws a `ContentError` listing every problem. */
export function loadReferential(dir: string): Referential {
  const resolved = resolveReferentialFiles(dir);
  if ("issues" in resolved) throw new ContentError(resolved.issues);
  const { files } = resolved;

  // 1. Read every file: decoding, CSV syntax and headers, all reported together.
  const issues: ContentIssue[] = [];
  const read: Partial<{ [K in TableKey]: Table<K> }> = {};
  for (const key of Object.keys(referentialTables) as TableKey[]) {
    const table = readTable(key, files.tables[key], issues);
    if (table) Object.assign(read, { [key]: table });
  }
  const version = parseVersion(files.version, issues);
  if (issues.length > 0 || !version || !isComplete(read)) throw new ContentError(issues);
  const tables = read;
  const at = (table: { file: string }, line: number, column: string, message: string) =>
    issues.push({ file: table.file, field: `line ${line}, column ${column}`, message });

  // 2. The fiches and their flags.
  const drafts = new Map<string, Draft>();
  const flag = (row: Row<"fiches">, column: Columns<"fiches">): boolean | null => {
    const value = flags[row[column]];
    if (value === undefined) {
      at(tables.fiches, row.line, column, `expected O, N or empty, got "${row[column]}"`);
      return null;
    }
    return value;
  };
  for (const row of tables.fiches.rows) {
    if (drafts.has(row.code_rome)) {
      at(tables.fiches, row.line, "code_rome", `fiche ${row.code_rome} appears twice`);
      continue;
    }
    drafts.set(row.code_rome, {
      code: row.code_rome,
      title: row.libelle_rome,
      parent: row.code_rome_parent,
      definition: [],
      access: [],
      titles: [],
      knowHow: [],
      softSkills: [],
      knowledge: [],
      contexts: [],
      mobility: [],
      interests: [],
      sectors: [],
      tags: {
        ecological: row.transition_eco || null,
        digital: flag(row, "transition_num"),
        demographic: flag(row, "transition_demo"),
        regulated: flag(row, "emploi_reglemente"),
        executive: flag(row, "emploi_cadre"),
      },
      mobilityOrder: [],
      definitionOrder: [],
      accessOrder: [],
    });
  }
  for (const row of tables.fiches.rows) {
    if (row.code_rome_parent && !drafts.has(row.code_rome_parent)) {
      at(tables.fiches, row.line, "code_rome_parent", `parent ${row.code_rome_parent} is not a fiche`);
    }
  }
  /** The fiche of `code`, or an issue on that row's column. */
  const fiche = (table: { file: string }, row: { line: number }, column: string, code: string): Draft | undefined => {
    const found = drafts.get(code);
    if (!found) at(table, row.line, column, `fiche "${code}" is not in ${path.basename(tables.fiches.file)}`);
    return found;
  };

  // 3. Titles: principal first, then French alphabetical order.
  const collator = new Intl.Collator("fr");
  for (const row of tables.titles.rows) {
    const target = fiche(tables.titles, row, "code_rome", row.code_rome);
    if (!target) continue;
    const classification = row.classification;
    if (classification !== "PRINCIPALE" && classification !== "SYNONYME") {
      at(tables.titles, row.line, "classification", `expected PRINCIPALE or SYNONYME, got "${classification}"`);
    }
    if (row.peu_usite !== "O" && row.peu_usite !== "N" && row.peu_usite !== "") {
      at(tables.titles, row.line, "peu_usite", `expected O, N or empty, got "${row.peu_usite}"`);
    }
    const title: RomeTitle = {
      id: row.code_ogr,
      label: row.libelle_appellation_long,
      principal: classification === "PRINCIPALE",
      rare: row.peu_usite === "O",
    };
    target.titles.push(title);
  }
  for (const draft of drafts.values()) {
    const principals = draft.titles.filter((x) => x.principal).length;
    if (principals !== 1) {
      issues.push({
        file: tables.titles.file,
        field: `(fiche ${draft.code})`,
        message: `${principals} principal titles (expected exactly one)`,
      });
    }
    draft.titles.sort((a, b) => (a.principal === b.principal ? collator.compare(a.label, b.label) : a.principal ? -1 : 1));
  }

  // 4. Texts: definition (bloc 3) and accès au métier (bloc 4), one sentence per row, in position order.
  for (const row of tables.texts.rows) {
    const target = fiche(tables.texts, row, "code_rome", row.code_rome);
    if (!target) continue;
    const order = Number(row.position_phrase);
    if (row.position_phrase === "" || !Number.isFinite(order)) {
      at(tables.texts, row.line, "position_phrase", `expected a number, got "${row.position_phrase}"`);
      continue;
    }
    if (row.libelle_texte === "") continue;
    if (row.libelle_type_texte === "definition") target.definitionOrder.push({ text: row.libelle_texte, order });
    else if (row.libelle_type_texte === "acces_metier") target.accessOrder.push({ text: row.libelle_texte, order });
    else at(tables.texts, row.line, "libelle_type_texte", `expected definition or acces_metier, got "${row.libelle_type_texte}"`);
  }
  for (const draft of drafts.values()) {
    if (draft.definitionOrder.length === 0)
      issues.push({ file: tables.texts.file, field: `(fiche ${draft.code})`, message: 'no "definition" text' });
    if (draft.accessOrder.length === 0)
      issues.push({ file: tables.texts.file, field: `(fiche ${draft.code})`, message: 'no "acces_metier" text' });
    draft.definition = draft.definitionOrder.sort((a, b) => a.order - b.order).map((s) => s.text);
    draft.access = draft.accessOrder.sort((a, b) => a.order - b.order).map((s) => s.text);
  }

  // 5. Competences, savoirs and work contexts (blocs 5 and 6), in the order of the links file.
  const itemLabels = new Map(tables.items.rows.map((r) => [r.code_ogr, r.libelle]));
  const competences = new Map(tables.competences.rows.map((r) => [r.code_ogr, r]));
  const savoirCategories = new Map(tables.savoirs.rows.map((r) => [r.code_ogr_savoir, r.categorie_savoir]));
  const contexts = new Map(tables.contexts.rows.map((r) => [r.code_ogr, r]));
  const coherence = new Map<string, string>();
  for (const row of tables.coherence.rows) {
    if (marks[row.coeur_metier] === undefined)
      at(tables.coherence, row.line, "coeur_metier", `expected Principale, Émergente or empty, got "${row.coeur_metier}"`);
    coherence.set(`${row.code_rome}\0${row.code_ogr}`, row.coeur_metier);
  }
  const macroLabel = (code: string, line: number): string | null | undefined => {
    const competence = competences.get(code);
    if (!competence || competence.nature === "Macro-compétence" || !competence.code_ogr_macro_comp) return null; // its own label
    const macro = competences.get(competence.code_ogr_macro_comp);
    if (!macro) {
      at(
        tables.links,
        line,
        "code_ogr",
        `macro-compétence ${competence.code_ogr_macro_comp} of ${code} is not in ${path.basename(tables.competences.file)}`,
      );
      return undefined;
    }
    return macro.libelle_competence;
  };
  const unresolved = (row: Row<"links">, where: string) =>
    at(tables.links, row.line, "code_ogr", `item ${row.code_ogr} is not in ${where}`);
  for (const row of tables.links.rows) {
    const target = fiche(tables.links, row, "code_rome", row.code_rome);
    const bloc = row.code_compo_bloc;
    if (bloc === "1" || bloc === "2") continue;
    if (bloc === "6") {
      const context = contexts.get(row.code_ogr);
      if (!context) {
        unresolved(row, path.basename(tables.contexts.file));
        continue;
      }
      const entry: RomeContext = { id: row.code_ogr, label: context.libelle_cont_travail, type: context.libelle_type_cont_trav };
      target?.contexts.push(entry);
      continue;
    }
    if (bloc !== "5") {
      at(tables.links, row.line, "code_compo_bloc", `expected bloc 1, 2, 5 or 6, got "${bloc}"`);
      continue;
    }
    const label = itemLabels.get(row.code_ogr);
    if (label === undefined) {
      unresolved(row, path.basename(tables.items.file));
      continue;
    }
    const mark = target ? (marks[coherence.get(`${row.code_rome}\0${row.code_ogr}`) ?? ""] ?? null) : null;
    if (row.code_rubrique === "1") {
      const group = macroLabel(row.code_ogr, row.line);
      if (group === undefined) continue;
      target?.knowHow.push({ id: row.code_ogr, label, group: group ?? label, mark });
    } else if (row.code_rubrique === "2") {
      target?.softSkills.push({ id: row.code_ogr, label, group: null, mark });
    } else if (row.code_rubrique === "3") {
      const group = savoirCategories.get(row.code_ogr);
      if (group === undefined) {
        unresolved(row, path.basename(tables.savoirs.file));
        continue;
      }
      target?.knowledge.push({ id: row.code_ogr, label, group: group || null, mark });
    } else {
      at(tables.links, row.line, "code_rubrique", `expected rubrique 1, 2 or 3 in bloc 5, got "${row.code_rubrique}"`);
    }
  }

  // 6. Mobility, in numero_ordre order.
  for (const row of tables.mobility.rows) {
    const source = fiche(tables.mobility, row, "code_rome", row.code_rome);
    const targetOk = fiche(tables.mobility, row, "code_rome_cible", row.code_rome_cible) !== undefined;
    const order = Number(row.numero_ordre);
    if (row.numero_ordre === "" || !Number.isFinite(order)) {
      at(tables.mobility, row.line, "numero_ordre", `expected a number, got "${row.numero_ordre}"`);
      continue;
    }
    if (source && targetOk) source.mobilityOrder.push({ code: row.code_rome_cible, order });
  }
  for (const draft of drafts.values()) draft.mobility = draft.mobilityOrder.sort((a, b) => a.order - b.order).map((m) => m.code);

  // 7. Domains.
  const grandDomains = tables.grandDomains.rows.map((r) => ({ code: r.code_grand_domaine, label: r.libelle_grand_domaine })).sort(byCode);
  const domains = tables.domains.rows
    .map((r) => ({ code: r.code_domaine_professionnel, label: r.libelle_domaine_professionnel }))
    .sort(byCode);
  const grandDomainCodes = new Set(grandDomains.map((d) => d.code));
  const domainCodes = new Set(domains.map((d) => d.code));
  for (const row of tables.ficheDomains.rows) {
    const target = fiche(tables.ficheDomains, row, "code_rome", row.code_rome);
    if (!grandDomainCodes.has(row.code_grand_domaine)) {
      at(
        tables.ficheDomains,
        row.line,
        "code_grand_domaine",
        `grand domaine "${row.code_grand_domaine}" is not in ${path.basename(tables.grandDomains.file)}`,
      );
    }
    if (!domainCodes.has(row.code_domaine_professionel)) {
      at(
        tables.ficheDomains,
        row.line,
        "code_domaine_professionel",
        `domaine "${row.code_domaine_professionel}" is not in ${path.basename(tables.domains.file)}`,
      );
    }
    if (!target) continue;
    if (target.grandDomain !== undefined) {
      at(tables.ficheDomains, row.line, "code_rome", `fiche ${row.code_rome} appears twice`);
      continue;
    }
    target.grandDomain = row.code_grand_domaine;
    target.domain = row.code_domaine_professionel;
  }

  // 8. RIASEC.
  const riasecSeen = new Set<string>();
  for (const row of tables.riasec.rows) {
    const target = fiche(tables.riasec, row, "code_rome", row.code_rome);
    if (riasecSeen.has(row.code_rome)) {
      at(tables.riasec, row.line, "code_rome", `fiche ${row.code_rome} appears twice`);
      continue;
    }
    riasecSeen.add(row.code_rome);
    const major = row.riasec_majeur;
    const minor = row.riasec_mineur;
    let ok = true;
    if (!riasecLetters.has(major)) {
      at(tables.riasec, row.line, "riasec_majeur", `expected one of R, I, A, S, E, C, got "${major}"`);
      ok = false;
    }
    if (minor !== "" && !riasecLetters.has(minor)) {
      at(tables.riasec, row.line, "riasec_mineur", `expected one of R, I, A, S, E, C or empty, got "${minor}"`);
      ok = false;
    }
    if (!target || !ok) continue;
    target.riasec = { major, minor: minor || null } as RomeFiche["riasec"];
  }

  // 9. Centres d'intérêt and sectors.
  const interests = tables.interests.rows
    .map((r) => ({ code: r.code_centre_interet, label: r.libelle_centre_interet, definition: paragraphs(r.definition_centre_interet) }))
    .sort((a, b) => byNumber(a.code, b.code));
  const interestCodes = new Set(interests.map((i) => i.code));
  for (const row of tables.ficheInterests.rows) {
    const target = fiche(tables.ficheInterests, row, "code_rome", row.code_rome);
    const principal = yesNo[row.principal];
    if (principal === undefined) at(tables.ficheInterests, row.line, "principal", `expected oui or non, got "${row.principal}"`);
    if (!interestCodes.has(row.code_centre_interet)) {
      at(
        tables.ficheInterests,
        row.line,
        "code_centre_interet",
        `centre d'intérêt "${row.code_centre_interet}" is not in ${path.basename(tables.interests.file)}`,
      );
      continue;
    }
    if (!target || principal === undefined) continue;
    const existing = target.interests.find((i) => i.code === row.code_centre_interet);
    if (existing) existing.principal ||= principal;
    else target.interests.push({ code: row.code_centre_interet, principal });
  }
  const sectors = tables.sectors.rows.map((r) => ({
    code: r.code_sect_activite,
    label: r.libelle_sect_activite,
    definition: paragraphs(r.definition_sect_activite),
  }));
  const sectorOrder = new Map(sectors.map((s, i) => [s.code, i]));
  for (const row of tables.ficheSectors.rows) {
    // Only the sectors themselves count (rows of other levels of the tree are fine, and skipped).
    if (!sectorOrder.has(row.code_sect_activite)) continue;
    const target = fiche(tables.ficheSectors, row, "code_rome", row.code_rome);
    const principal = yesNo[row.principal];
    if (principal === undefined) at(tables.ficheSectors, row.line, "principal", `expected oui or non, got "${row.principal}"`);
    if (!target || principal === undefined) continue;
    const existing = target.sectors.find((s) => s.code === row.code_sect_activite);
    if (existing) existing.principal ||= principal;
    else target.sectors.push({ code: row.code_sect_activite, principal });
  }

  // 10. Each fiche complete?
  const fiches: unknown[] = [];
  for (const draft of [...drafts.values()].sort(byCode)) {
    const { mobilityOrder: _m, definitionOrder: _d, accessOrder: _a, ...rest } = draft;
    if (draft.grandDomain === undefined)
      issues.push({ file: tables.ficheDomains.file, field: `(fiche ${draft.code})`, message: "no row for this fiche" });
    if (!riasecSeen.has(draft.code))
      issues.push({ file: tables.riasec.file, field: `(fiche ${draft.code})`, message: "no row for this fiche" });
    rest.interests.sort((a, b) => byNumber(a.code, b.code));
    rest.sectors.sort((a, b) => (sectorOrder.get(a.code) ?? 0) - (sectorOrder.get(b.code) ?? 0));
    fiches.push(rest);
  }
  if (issues.length > 0) throw new ContentError(issues);

  // 11. The schema, as a last check.
  const result = ReferentialSchema.safeParse({ version, fiches, grandDomains, domains, interests, sectors });
  if (!result.success) throw new ContentError(issuesFromZod(display(path.resolve(dir)), result.error));
  return result.data;
}
