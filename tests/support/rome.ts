import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { romeDir } from "@/lib/site/config";

/**
 * The national referential as the tests read it: straight from France Travail's CSV files, with csv-parse and none
 * of the site's code, so the values the pages must show come from outside the code under test. Undefined when the
 * site is built without the referential.
 */

type Row = Record<string, string>;

function rows(dir: string, name: string): Row[] {
  const file = path.join(dir, `unix_${name}_v460_utf8.csv`);
  return parse<Row>(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });
}

/** `l''entretien` → `l'entretien`: the files double apostrophes inside texts. */
const text = (s: string | undefined) => (s ?? "").replace(/''/g, "'").trim();

export interface ExpectedRome {
  codes: string[];
  /** Code → libelle_rome. */
  titles: Map<string, string>;
  /** Every appellation: label, code, principal. */
  appellations: { label: string; code: string; principal: boolean }[];
  /** Code → definition sentences, in position order. */
  definitions: Map<string, string[]>;
  /** Code → labels of its savoir-faire (bloc 5, rubrique 1). */
  knowHow: Map<string, string[]>;
  /** Code → mobility targets. */
  mobility: Map<string, string[]>;
  grandDomains: { code: string; label: string }[];
  domains: { code: string; label: string }[];
  interests: { code: string; label: string }[];
  /** From version.txt: « Numero de version : 60 », « Date de publication : 18/09/2025 » → 60, 2025-09-18. */
  version: { number: string; published: string };
}

function read(dir: string): ExpectedRome {
  const fiches = rows(dir, "referentiel_code_rome");
  const items = new Map(rows(dir, "item").map((r) => [r.code_ogr ?? "", text(r.libelle)]));
  const definitions = new Map<string, { pos: number; s: string }[]>();
  for (const r of rows(dir, "texte"))
    if (r.libelle_type_texte === "definition")
      definitions.set(r.code_rome ?? "", [
        ...(definitions.get(r.code_rome ?? "") ?? []),
        { pos: Number(r.position_phrase), s: text(r.libelle_texte) },
      ]);
  const knowHow = new Map<string, string[]>();
  for (const r of rows(dir, "liens_rome_referentiels"))
    if (r.code_compo_bloc === "5" && r.code_rubrique === "1")
      knowHow.set(r.code_rome ?? "", [...(knowHow.get(r.code_rome ?? "") ?? []), items.get(r.code_ogr ?? "") ?? "?"]);
  const mobility = new Map<string, string[]>();
  for (const r of rows(dir, "rubrique_mobilite"))
    mobility.set(r.code_rome ?? "", [...(mobility.get(r.code_rome ?? "") ?? []), r.code_rome_cible ?? ""]);
  return {
    codes: fiches.map((f) => f.code_rome ?? ""),
    titles: new Map(fiches.map((f) => [f.code_rome ?? "", text(f.libelle_rome)])),
    appellations: rows(dir, "referentiel_appellation").map((r) => ({
      label: text(r.libelle_appellation_long),
      code: r.code_rome ?? "",
      principal: r.classification === "PRINCIPALE",
    })),
    definitions: new Map([...definitions].map(([code, list]) => [code, list.sort((a, b) => a.pos - b.pos).map((x) => x.s)])),
    knowHow,
    mobility,
    grandDomains: rows(dir, "grand_domaine").map((r) => ({ code: r.code_grand_domaine ?? "", label: text(r.libelle_grand_domaine) })),
    domains: rows(dir, "domaine_professionnel").map((r) => ({
      code: r.code_domaine_professionnel ?? "",
      label: text(r.libelle_domaine_professionnel),
    })),
    interests: rows(dir, "centre_interet").map((r) => ({ code: r.code_centre_interet ?? "", label: text(r.libelle_centre_interet) })),
    version: readVersion(dir),
  };
}

function readVersion(dir: string): ExpectedRome["version"] {
  const text = readFileSync(path.join(dir, "version.txt"), "utf8");
  const date = /Date de publication\s*:\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  return { number: /version\s*:\s*(\d+)/i.exec(text)?.[1] ?? "?", published: date ? `${date[3]}-${date[2]}-${date[1]}` : "?" };
}

/** « version 60 (septembre 2025) », from version.txt: how the pages name the edition they show. */
export const editionOf = (rome: ExpectedRome) =>
  `version ${rome.version.number} (${new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${rome.version.published}T00:00:00Z`))})`;

/** Text as the pages show it after French spacing (no-break spaces), for comparing with the files' plain spaces. */
export const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** True for a page made from the referential (its index pages, the comparison of two fiches and the shortlist included). */
export const isReferentialPath = (p: string) => /^\/(fiches|domaines|interets|metiers-a-z)(\/|$)|^\/(comparer|mes-metiers)$/.test(p);

let cached: ExpectedRome | undefined;
/** The referential read from its CSV files, or undefined when the site has none. */
export function expectedRome(): ExpectedRome | undefined {
  if (!romeDir) return undefined;
  cached ??= read(romeDir);
  return cached;
}

/** A small deterministic pseudo-random generator (mulberry32), so a sample is the same on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items of `list`, drawn with a fixed seed (SAMPLE_SEED changes it). */
export function sample<T>(list: readonly T[], n: number, salt = 0): T[] {
  const random = seeded(Number(process.env.SAMPLE_SEED ?? 2026) + salt);
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return out;
}

/** The sampled fiche codes the browser tests visit: one per grand domaine drawn, plus M1855 (linked to an in-depth fiche). */
export function sampledFiches(rome: ExpectedRome, n = 6): string[] {
  return [...new Set(["M1855", ...sample(rome.codes, n, 1)])].filter((c) => rome.codes.includes(c));
}

/** « J'aime le travail manuel » → `le-travail-manuel`: the address rule of a centre d'intérêt, as the README states it. */
export function interestSlugFor(label: string): string {
  return label
    .replace(/^(j'ai|j'aime|je souhaite|je suis)\s+/i, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Every page the referential gives the site, A–Z pages aside (their cut depends on counts): from the CSV files. */
export function romePagePaths(rome: ExpectedRome): string[] {
  return [
    ...rome.codes.map((c) => `/fiches/${c.toLowerCase()}`),
    ...rome.grandDomains.map((g) => `/domaines/${g.code.toLowerCase()}`),
    ...rome.domains.map((d) => `/domaines/${d.code.charAt(0).toLowerCase()}/${d.code.toLowerCase()}`),
    ...rome.interests.map((i) => `/interets/${interestSlugFor(i.label)}`),
  ];
}

/** The seeded sample of the referential's pages that per-page browser tests visit: a few of each kind. */
export function romeSamplePaths(): string[] {
  const rome = expectedRome();
  if (!rome) return [];
  const letters = [...new Set(rome.appellations.map((a) => a.label.normalize("NFD").charAt(0).toLowerCase()))].filter((l) =>
    /[a-z]/.test(l),
  );
  return [
    ...sampledFiches(rome).map((c) => `/fiches/${c.toLowerCase()}`),
    ...sample(rome.grandDomains, 2, 2).map((g) => `/domaines/${g.code.toLowerCase()}`),
    ...sample(rome.domains, 2, 3).map((d) => `/domaines/${d.code.charAt(0).toLowerCase()}/${d.code.toLowerCase()}`),
    ...sample(rome.interests, 2, 4).map((i) => `/interets/${interestSlugFor(i.label)}`),
    ...sample(letters, 2, 5).map((l) => `/metiers-a-z/${l}`),
  ];
}

/**
 * Code → the ids (code OGR) of its savoir-faire (bloc 5, rubrique 1) and savoirs (bloc 5, rubrique 3), read from
 * the CSV file of links: what the comparison page must count as shared.
 */
export function romeItemIds(): Map<string, { knowHow: Set<string>; knowledge: Set<string> }> {
  const ids = new Map<string, { knowHow: Set<string>; knowledge: Set<string> }>();
  if (!romeDir) return ids;
  for (const r of rows(romeDir, "liens_rome_referentiels")) {
    if (r.code_compo_bloc !== "5") continue;
    const code = r.code_rome ?? "";
    const entry = ids.get(code) ?? { knowHow: new Set<string>(), knowledge: new Set<string>() };
    ids.set(code, entry);
    if (r.code_rubrique === "1") entry.knowHow.add(r.code_ogr ?? "");
    if (r.code_rubrique === "3") entry.knowledge.add(r.code_ogr ?? "");
  }
  return ids;
}
