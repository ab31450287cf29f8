import { z } from "zod";
import type { Content, CountryEntry, GlossaryEntry, Occupation, SourceEntry } from "@/lib/content/load";
import { glossaryPath, glossaryTermPath, openDataFilePath, openDataFiles, occupationPath, sourcePath } from "@/lib/site/routes";
import {
  CountrySchema,
  GlossaryTermSchema,
  OccupationSchema,
  type OccupationSectionField,
  occupationSectionFiles,
  SalarySchema,
  sectionItems,
  SourceSchema,
} from "@/lib/content/schema";
import { absoluteUrl } from "@/lib/site/config";
import { inferredTag } from "@/lib/domain/inferred";

/**
 * Open data: the facts of each occupation as JSON, its salary figures as CSV, and the glossary as JSON, built
 * from the validated content. The JSON schemas below reuse the content schemas, so a file cannot say more or
 * less than the content does; the tests parse the served files with them.
 */

/** The licence of our compilation (the facts themselves come from the cited articles). */
export const licence = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/deed.fr",
} as const;

const LicenceSchema = z.strictObject({ id: z.literal(licence.id), name: z.string(), url: z.url() });
const pageUrl = z.url();

/** Section files without their page metadata (title and description belong to the HTML page). */
const pageMeta = { title: true, description: true } as const;
type PageMeta = keyof typeof pageMeta;
const sectionFields = Object.keys(occupationSectionFiles) as OccupationSectionField[];

/** Each of the occupation's section files (`occupationSectionFiles`), under its field, without its page metadata. */
const sectionSchemas = Object.fromEntries(
  sectionFields.map((field): [string, z.ZodType] => [field, (occupationSectionFiles[field].schema as z.ZodObject).omit(pageMeta)]),
) as { [K in OccupationSectionField]: z.ZodType<Omit<z.infer<(typeof occupationSectionFiles)[K]["schema"]>, PageMeta>> };

/** `/donnees/<metier>.json` */
export const OccupationDataSchema = z.strictObject({
  /** Name and version of this format; the version changes when a field changes meaning. */
  format: z.literal("guide-des-metiers/metier@2"),
  licence: LicenceSchema,
  /** The occupation's page on the site. */
  url: pageUrl,
  slug: z.string(),
  /** Published field name `role` (format metier@2), kept for reusers: it holds the occupation's own facts. */
  role: OccupationSchema,
  ...sectionSchemas,
  /** One entry per country, each from one source, amounts as the source gives them. */
  salaries: z.array(SalarySchema),
  /** The countries the salaries refer to, with the exchange rate a source gives. */
  countries: z.array(CountrySchema.extend({ slug: z.string() })),
  /** Every source an id above refers to. */
  sources: z.array(SourceSchema.extend({ id: z.string(), url: pageUrl })),
  /** The same salary figures as CSV. */
  salaries_csv: pageUrl,
});
type OccupationData = z.infer<typeof OccupationDataSchema>;

/** `/donnees/glossaire.json`: also what the build reads to link terms in the pages. */
export const GlossaryDataSchema = z.strictObject({
  format: z.literal("guide-des-metiers/glossaire@1"),
  licence: LicenceSchema,
  url: pageUrl,
  terms: z.array(GlossaryTermSchema.extend({ url: pageUrl, path: z.string().startsWith("/") })),
});
type GlossaryData = z.infer<typeof GlossaryDataSchema>;

function sourceData(s: SourceEntry) {
  return {
    id: s.id,
    title: s.title,
    short: s.short,
    kind: s.kind,
    language: s.language,
    publisher: s.publisher,
    published: s.published,
    reading_time: s.reading_time,
    inferred: s.inferred,
    url: absoluteUrl(sourcePath(s.id)),
  };
}

function countryData(c: CountryEntry) {
  return { slug: c.slug, name: c.name, currency: c.currency, preposition: c.preposition, ...(c.exchange ? { exchange: c.exchange } : {}) };
}

/** Every source id an occupation's facts cite, for the JSON's `sources`. */
function citedSources(occupation: Occupation, countries: readonly CountryEntry[]): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[]) => {
    list.forEach((id) => ids.add(id));
  };
  const items = [
    ...occupation.context,
    ...occupation.challenges,
    ...sectionFields.flatMap((field) => Object.values(sectionItems(occupation, field)).flat()),
  ];
  for (const item of items) {
    add(item.sources);
    if ("examples" in item)
      item.examples?.forEach((e) => {
        add(e.sources);
      });
  }
  occupation.aliases.forEach((a) => {
    add(a.sources);
  });
  occupation.career.paths.forEach((p) => {
    add(p.sources);
  });
  for (const s of occupation.salaries) {
    ids.add(s.source);
    s.factors.forEach((f) => {
      add(f.sources);
    });
  }
  countries.forEach((c) => c.exchange && ids.add(c.exchange.source));
  return ids;
}

function occupationData(occupation: Occupation, content: Pick<Content, "sources" | "countries">): OccupationData {
  const countries = content.countries.filter((c) => occupation.salaryCountries.includes(c.slug));
  const cited = citedSources(occupation, countries);
  const withoutMeta = <T extends { title: string; description: string; body: unknown; file: string }>(section: T) => {
    const { title: _t, description: _d, body: _b, file: _f, ...facts } = section;
    return facts;
  };
  return {
    format: "guide-des-metiers/metier@2",
    licence,
    url: absoluteUrl(occupationPath(occupation.slug)),
    slug: occupation.slug,
    role: {
      title: occupation.title,
      grammar: occupation.grammar,
      description: occupation.description,
      summary: occupation.summary,
      updated: occupation.updated,
      aliases: occupation.aliases,
      context: occupation.context,
      challenges: occupation.challenges,
      added: occupation.added,
    },
    ...(Object.fromEntries(sectionFields.map((field) => [field, withoutMeta(occupation[field])])) as Pick<
      OccupationData,
      OccupationSectionField
    >),
    salaries: occupation.salaries.map(({ body: _b, file: _f, ...salary }) => salary),
    countries: countries.map(countryData),
    sources: content.sources.filter((s) => cited.has(s.id)).map(sourceData),
    salaries_csv: absoluteUrl(openDataFilePath(openDataFiles.occupationSalaries(occupation.slug))),
  };
}

/** One row of the salary CSV: a figure of one country, as its source gives it. */
interface SalaryRow {
  occupation: Occupation;
  salary: Occupation["salaries"][number];
  figure: Occupation["salaries"][number]["figures"][number];
  country: CountryEntry;
  source: SourceEntry;
}

/** A CSV cell for an inferred field: empty when the source states it, else the label and the reason. */
function inferredCell(reason: string | undefined): string {
  return reason ? `${inferredTag} : ${reason}` : "";
}

/** The CSV's columns, in order, with what each holds: the `/donnees` page documents them from this list. */
export const salaryColumns: { name: string; doc: string; value: (r: SalaryRow) => string | number | boolean | null | undefined }[] = [
  { name: "role", doc: "Identifiant du métier (celui de son adresse).", value: (r) => r.occupation.slug },
  { name: "country", doc: "Identifiant du pays.", value: (r) => r.country.slug },
  { name: "country_name", doc: "Nom du pays, en français.", value: (r) => r.country.name },
  {
    name: "country_inferred",
    doc: "Vide si la source nomme le pays ; sinon, « déduit par nous » et pourquoi nous rangeons ses chiffres sous ce pays.",
    value: (r) => inferredCell(r.salary.inferred.country),
  },
  { name: "figure", doc: "Identifiant du chiffre, unique pour un pays.", value: (r) => r.figure.id },
  { name: "level", doc: "Niveau : junior, confirme, senior, ou all quand la source donne un seul chiffre.", value: (r) => r.figure.level },
  { name: "label", doc: "Libellé affiché sur le site.", value: (r) => r.figure.label },
  { name: "kind", doc: "range (fourchette : min et max) ou average (moyenne : amount).", value: (r) => r.figure.kind },
  { name: "min", doc: "Bas de la fourchette ; vide pour une moyenne.", value: (r) => r.figure.min },
  { name: "max", doc: "Haut de la fourchette ; vide pour une moyenne.", value: (r) => r.figure.max },
  { name: "amount", doc: "Montant moyen ; vide pour une fourchette.", value: (r) => r.figure.amount },
  { name: "currency", doc: "Devise, code ISO 4217 (EUR, MAD).", value: (r) => r.salary.currency },
  { name: "period", doc: "Période couverte par le montant : year (par an) ou month (par mois).", value: (r) => r.figure.period },
  {
    name: "period_inferred",
    doc: "Vide si la source indique la période ; sinon, « déduit par nous » et pourquoi nous la déduisons.",
    value: (r) => inferredCell(r.figure.inferred.period),
  },
  { name: "basis", doc: "brut, net, ou non-precise quand la source ne le dit pas.", value: (r) => r.figure.basis },
  {
    name: "experience_min",
    doc: "Années d'expérience (minimum) liées au chiffre par la source ; vide sinon.",
    value: (r) => r.figure.experience?.min,
  },
  { name: "experience_max", doc: "Années d'expérience (maximum) ; vide sinon.", value: (r) => r.figure.experience?.max },
  { name: "year", doc: "Année des données ; vide quand la source ne la donne pas.", value: (r) => r.salary.year },
  { name: "source", doc: "Identifiant de la source du chiffre.", value: (r) => r.source.id },
  { name: "source_title", doc: "Titre de la source.", value: (r) => r.source.title },
  {
    name: "source_title_inferred",
    doc: "Vide si le titre est celui de la source ; sinon, « déduit par nous » et pourquoi (titre descriptif).",
    value: (r) => inferredCell(r.source.inferred.title),
  },
  { name: "source_url", doc: "Page du site qui décrit la source.", value: (r) => absoluteUrl(sourcePath(r.source.id)) },
];

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The salary figures of an occupation as CSV: UTF-8, comma-separated, CRLF line ends, one header row. */
function salaryCsv(occupation: Occupation, content: Pick<Content, "sources" | "countries">): string {
  const rows: SalaryRow[] = occupation.salaries.flatMap((salary) => {
    const country = content.countries.find((c) => c.slug === salary.country);
    const source = content.sources.find((s) => s.id === salary.source);
    // Both references are checked when content loads.
    if (!country || !source) throw new Error(`${salary.file}: unresolved country or source (checked at load: this is a bug)`);
    return salary.figures.map((figure) => ({ occupation, salary, figure, country, source }));
  });
  const lines = [salaryColumns.map((c) => c.name), ...rows.map((r) => salaryColumns.map((c) => csvField(c.value(r))))];
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

function glossaryData(glossary: GlossaryEntry): GlossaryData {
  return {
    format: "guide-des-metiers/glossaire@1",
    licence,
    url: absoluteUrl(glossaryPath),
    terms: glossary.terms.map((t) => ({ ...t, path: glossaryTermPath(t.id), url: absoluteUrl(glossaryTermPath(t.id)) })),
  };
}

/** One file under `/donnees/`. */
export interface OpenDataFile {
  name: string;
  /** The occupation the file is about, if any (a build may keep an occupation's files from its cache). */
  occupation?: string;
  contentType: string;
  render: () => string;
}

/** Every open data file the content produces. */
export function openDataFileList(content: Content): OpenDataFile[] {
  const json = "application/json; charset=utf-8";
  return [
    ...content.occupations.flatMap((occupation) => [
      {
        name: openDataFiles.occupationFacts(occupation.slug),
        occupation: occupation.slug,
        contentType: json,
        render: () => JSON.stringify(occupationData(occupation, content), null, 2),
      },
      {
        name: openDataFiles.occupationSalaries(occupation.slug),
        occupation: occupation.slug,
        contentType: "text/csv; charset=utf-8",
        render: () => salaryCsv(occupation, content),
      },
    ]),
    { name: openDataFiles.glossary, contentType: json, render: () => JSON.stringify(glossaryData(content.glossary), null, 2) },
  ];
}
