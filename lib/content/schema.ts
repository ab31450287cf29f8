import { z } from "zod";

/**
 * Frontmatter schemas of every content file. Each schema is also the type used by the pages
 * (`z.infer`), so the data and the code cannot drift apart. Cross-references (a source id, a country,
 * a role in a career path) are checked by `lib/content/load.ts` once every file is loaded.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase kebab-case id");
const text = z.string().trim().min(1, "expected a non-empty text");

/** YAML turns `2026-11-21` into a Date; we keep the plain ISO day either way. */
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date("expected a date written YYYY-MM-DD"),
);

/** ISO 4217 codes known to the runtime's Intl, e.g. EUR, MAD. */
const knownCurrencies = new Set(Intl.supportedValuesOf("currency"));
const CurrencySchema = z
  .string()
  .refine((c) => knownCurrencies.has(c), { message: "expected an ISO 4217 currency code such as EUR or MAD" });

/**
 * Fields we filled in ourselves because the source does not state them: field name → why, in one line of French.
 * Every place that shows or exports such a field shows « déduit par nous » with this reason (GUIDE §6, kind 2).
 */
function inferredFields<const K extends string>(fields: readonly [K, ...K[]]) {
  return z.partialRecord(z.enum(fields), text.max(160, "expected one line (at most 160 characters)")).default({});
}
export type Inferred<K extends string = string> = Partial<Record<K, string>>;

/** Ids of concepts (`content/notions.md`) an item speaks of: what the comparison of sources compares. */
const ConceptRefsSchema = z.array(slug).min(1).optional();

/** Ids of the sources (files in `content/sources/`) that state a fact; at least one. */
const SourceRefsSchema = z.array(slug).min(1, "expected at least one source id");

/** A short fact, tagged with the sources that state it. */
const SourcedLabelSchema = z.strictObject({
  /** What is said, in our own words. */
  label: text,
  sources: SourceRefsSchema,
});

/** One item of a topic (a mission, a skill, a training path), with what each source says of it. */
const SourcedItemSchema = z.strictObject({
  /** Stable id, used as the item's anchor (`#id`) and to compare sources. */
  id: slug,
  /** The item as a short heading. */
  title: text,
  /** One or two sentences, our synthesis of the sources. */
  detail: text.optional(),
  sources: SourceRefsSchema,
  /** Where the sources differ: what each one says, keyed by source id (each must be in `sources`). */
  says: z.record(slug, text).optional(),
  /** Named examples (languages, tools…), each with its own sources. */
  examples: z.array(SourcedLabelSchema).optional(),
  /**
   * What the item speaks of (ids in `content/notions.md`): items of different sections that share a concept are
   * compared as one subject. Without it the item is a subject of its own.
   */
  concepts: ConceptRefsSchema,
});

/** A fact of the occupation's context or challenges. */
const SourcedStatementSchema = z.strictObject({
  id: slug,
  text,
  sources: SourceRefsSchema,
});

/**
 * General knowledge we add, not from the sources: what a student needs and the articles do not say (how to
 * get in after the bac, where people work, what a gross salary means…). Shown with a « Hors sources » label.
 * Only what we are sure of, with no figure, statistic or date we cannot stand behind.
 */
const AdditionSchema = z.strictObject({
  /** Stable id, used as the addition's anchor (`#id`). */
  id: slug,
  /** The student's question or the topic, as a short heading. */
  title: text,
  /** A few short sentences, in our own words. */
  text,
  /** Outside pages to learn more (official sites), each with a descriptive label. */
  links: z.array(z.strictObject({ label: text, url: z.url({ protocol: /^https$/, error: "expected an https:// address" }) })).optional(),
});

/** An optional list of additions, for the schemas of files whose pages show them. */
const added = z.array(AdditionSchema).optional();

/** `content/sources/<id>.md`: one article the site is built from. */
export const SourceSchema = z.strictObject({
  /** Title as displayed; descriptive when the article gives none. */
  title: text,
  /** Short name used in citations ("Fiche Backend"); never « Fiche métier », the label of our own pages. */
  short: text,
  /** Kind of document ("Fiche métier", "Article de blog"). */
  kind: text,
  /** BCP 47 language of the article. */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "expected a language code such as fr"),
  /** Publisher, or null when the text does not say. */
  publisher: text.nullable(),
  /** Publication date, or null when the text does not say. */
  published: isoDay.nullable(),
  /** Reading time announced by the article, or null. */
  reading_time: text.nullable(),
  /** Fields of this file that are ours, not the article's (a descriptive title, the kind of document). */
  inferred: inferredFields(["title", "kind", "publisher", "published"]),
});

/** `content/pays/<slug>.md`: a country with salary data. */
export const CountrySchema = z.strictObject({
  name: text,
  /** Currency in which that country's salaries are given. */
  currency: CurrencySchema,
  /** French preposition before the name: "en France", "au Maroc". */
  preposition: z.enum(["en", "au", "aux", "à"]),
  /**
   * How to convert this currency to euros, as a source states it (`amount` of the currency equals about
   * `equals` of `to`). Omitted for a country whose currency is the euro.
   */
  exchange: z
    .strictObject({
      amount: z.number().positive(),
      equals: z.number().positive(),
      to: z.literal("EUR"),
      approximate: z.boolean(),
      source: slug,
    })
    .optional(),
  /** General knowledge about this country's salaries (gross, net, tax), not from the sources. */
  added,
});

/**
 * What French needs to write a noun inside a sentence, so no template guesses an article: « le développeur »,
 * « l'administratrice », « du développeur », « de l'administratrice », « un/une ».
 */
const GrammarSchema = z
  .strictObject({
    /**
     * Grammatical gender of the title: « le/un développeur », « la/une technicienne », or `both` for a title that gives
     * both genders as ONISEP and ROME do (« Développeur / Développeuse back-end »): `masculine` and `feminine` then
     * say how each reads in a sentence.
     */
    gender: z.enum(["masculine", "feminine", "both"]),
    /** True when the title starts with a vowel sound that elides the article (« l'administratrice », « d'… »). */
    elision: z.boolean(),
    /** The title as it reads inside a sentence, when lower-casing the title would be wrong (an acronym, a name). */
    in_sentence: text.optional(),
    /** With `gender: both`: the masculine and the feminine form in a sentence (« développeur back-end »). */
    masculine: text.optional(),
    feminine: text.optional(),
  })
  .refine((g) => g.gender !== "both" || (g.masculine !== undefined && g.feminine !== undefined), {
    message: "with gender: both, give masculine and feminine (each form as it reads in a sentence)",
  });

/** `content/metiers/<slug>/index.md`: the occupation. */
export const OccupationSchema = z.strictObject({
  title: text,
  /** How the title agrees and takes its article in a sentence. */
  grammar: GrammarSchema,
  /** Meta description of the occupation page, 70–160 characters. */
  description: text.min(70).max(160),
  /** One or two sentences shown under the title. */
  summary: text,
  /** Day the content was last edited; feeds `lastModified` and `dateModified`. */
  updated: isoDay,
  /** Other names of the job, with who uses them. */
  aliases: z.array(SourcedLabelSchema).default([]),
  /** Facts about the job's place in the market. */
  context: z.array(SourcedStatementSchema).default([]),
  /** Difficulties the sources warn about. */
  challenges: z.array(SourcedStatementSchema).default([]),
  /** General knowledge we add, not from the sources (where people work, related jobs, where to learn more). */
  added,
  /**
   * The fiche of the national referential (ROME 4.0) this occupation belongs to, and the job title (appellation) of
   * that fiche it is: both are checked against the referential when the site has it, and the pages link each other.
   */
  rome: z
    .strictObject({
      /** ROME code, e.g. M1855. */
      code: z.string().regex(/^[A-N]\d{4}$/, "expected a ROME code such as M1855"),
      /** One of that fiche's job titles, exactly as the referential writes it. */
      appellation: text,
    })
    .optional(),
});

/** Fields every section file of an occupation has. */
const sectionBase = {
  title: text,
  /** Meta description of the section page, 70–160 characters. */
  description: text.min(70).max(160),
};

/** `missions.md` */
const MissionsSchema = z.strictObject({
  ...sectionBase,
  items: z.array(SourcedItemSchema).min(1),
  /** The phases of the work, in order. */
  phases: z.array(SourcedItemSchema).default([]),
});

/** `competences.md` */
const SkillsSchema = z.strictObject({
  ...sectionBase,
  technical: z.array(SourcedItemSchema).min(1),
  interpersonal: z.array(SourcedItemSchema).default([]),
});

/** `formation.md` */
const TrainingSchema = z.strictObject({
  ...sectionBase,
  paths: z.array(SourcedItemSchema).min(1),
  /** General knowledge we add, not from the sources (studies after the bac). */
  added,
});

/** `evolution.md`: the career paths as a directed graph. */
const CareerSchema = z.strictObject({
  ...sectionBase,
  /** Id of the role a career starts from (one of `roles`). */
  start: slug,
  /** The start and every destination; a destination is counted once however many paths lead to it. */
  roles: z.array(z.strictObject({ id: slug, title: text, detail: text.optional() })).min(2),
  paths: z
    .array(
      z.strictObject({
        from: slug,
        to: slug,
        sources: SourceRefsSchema,
        /** What the sources add about this step. */
        note: text.optional(),
      }),
    )
    .min(1),
  /** General knowledge we add, not from the sources (related occupations). */
  added,
});

/** One section file of an occupation's folder (`missions.md`…), declared once in `occupationSectionFiles`. */
interface OccupationSectionFile<S extends z.ZodObject, F extends `${string}.md`> {
  /** Its name in the occupation's folder: also the name of its JSON schema (`schemas/missions.json`). */
  file: F;
  schema: S;
  /** Its lists of sourced items, by field: each is checked (known sources, unique ids) and cited in the open data. */
  items(section: z.infer<S>): Record<string, readonly SourcedItem[]>;
  /** What the file is: its JSON schema's title. */
  title: string;
}
const occupationSectionFile = <S extends z.ZodObject, const F extends `${string}.md`>(spec: OccupationSectionFile<S, F>) => spec;

/**
 * The section files every occupation folder holds, by the field of the occupation that holds each: the loader, the
 * content checks, the JSON schemas, the scaffolder and the open data all read this list. A new section file is one
 * schema above and one line here.
 */
export const occupationSectionFiles = {
  missions: occupationSectionFile({
    file: "missions.md",
    schema: MissionsSchema,
    items: (s) => ({ items: s.items, phases: s.phases }),
    title: "Les missions d'un métier",
  }),
  skills: occupationSectionFile({
    file: "competences.md",
    schema: SkillsSchema,
    items: (s) => ({ technical: s.technical, interpersonal: s.interpersonal }),
    title: "Les compétences d'un métier",
  }),
  training: occupationSectionFile({
    file: "formation.md",
    schema: TrainingSchema,
    items: (s) => ({ paths: s.paths }),
    title: "Les formations d'un métier",
  }),
  // Its career paths are a graph, checked as such by the loader.
  career: occupationSectionFile({
    file: "evolution.md",
    schema: CareerSchema,
    items: () => ({}),
    title: "L'évolution de carrière d'un métier",
  }),
} as const;
export type OccupationSectionField = keyof typeof occupationSectionFiles;
type OccupationSectionData = { [K in OccupationSectionField]: z.infer<(typeof occupationSectionFiles)[K]["schema"]> };

/** The sourced items of one of an occupation's section files, by field. */
export function sectionItems(occupation: OccupationSectionData, field: OccupationSectionField): Record<string, readonly SourcedItem[]> {
  // Each entry's `items` reads what its own schema parsed; looked up by field, the compiler no longer pairs them.
  const spec = occupationSectionFiles[field] as {
    items(section: OccupationSectionData[OccupationSectionField]): Record<string, readonly SourcedItem[]>;
  };
  return spec.items(occupation[field]);
}

/** One salary figure exactly as its source gives it. */
const SalaryFigureSchema = z
  .strictObject({
    id: slug,
    /** Seniority the figure applies to; `all` when the source gives one figure for everyone. */
    level: z.enum(["junior", "confirme", "senior", "all"]),
    /** Label as displayed ("Junior", "Moyenne, tous niveaux"); it alone says a figure is an average. */
    label: text,
    /** A range (`min`–`max`) or a single average (`amount`). */
    kind: z.enum(["range", "average"]),
    min: z.number().positive().optional(),
    max: z.number().positive().optional(),
    amount: z.number().positive().optional(),
    /** The period the amount covers. */
    period: z.enum(["year", "month"]),
    /** Gross, net, or not stated by the source. */
    basis: z.enum(["brut", "net", "non-precise"]),
    /** Years of experience the source ties to this figure, or null when it gives none. */
    experience: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() }).nullable(),
    /** Fields of this figure the source does not state and we infer (a period it does not repeat). */
    inferred: inferredFields(["period", "basis", "level", "experience"]),
  })
  .superRefine((f, ctx) => {
    if (f.kind === "range") {
      if (f.min === undefined) ctx.addIssue({ code: "custom", path: ["min"], message: "a range needs min" });
      if (f.max === undefined) ctx.addIssue({ code: "custom", path: ["max"], message: "a range needs max" });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max)
        ctx.addIssue({ code: "custom", path: ["max"], message: "max must not be below min" });
      if (f.amount !== undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: "a range has no amount" });
    } else {
      if (f.amount === undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: "an average needs amount" });
      if (f.min !== undefined || f.max !== undefined)
        ctx.addIssue({ code: "custom", path: ["min"], message: "an average has no min or max" });
    }
  });

/** `salaires/<country>.md`: one country's salary figures for an occupation, from one source. */
export const SalarySchema = z.strictObject({
  /** Country slug (a file in `content/pays/`); must match the file name. */
  country: slug,
  source: slug,
  currency: CurrencySchema,
  /** Year of the data, or null when the source does not say. */
  year: z.number().int().min(1990).max(2100).nullable(),
  figures: z.array(SalaryFigureSchema).min(1),
  /** What the source says makes the salary vary. */
  factors: z.array(SourcedLabelSchema).default([]),
  /** Fields of this file the source does not state and we infer (the country, when the source names none). */
  inferred: inferredFields(["country", "currency", "year"]),
});

export type Addition = z.infer<typeof AdditionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type OccupationFrontmatter = z.infer<typeof OccupationSchema>;
export type Grammar = z.infer<typeof GrammarSchema>;
export type SourcedItem = z.infer<typeof SourcedItemSchema>;
export type SourcedStatement = z.infer<typeof SourcedStatementSchema>;
export type Career = z.infer<typeof CareerSchema>;
export type SalaryFigure = z.infer<typeof SalaryFigureSchema>;
export type Salary = z.infer<typeof SalarySchema>;

/** One entry of the glossary: a word students meet in the guide, explained in plain French. */
export const GlossaryTermSchema = z.strictObject({
  /** Stable id: the term's anchor on the glossary page (`/glossaire#id`). */
  id: slug,
  /** The term as displayed, e.g. "API" or "Base de données". */
  term: text,
  /** One or two sentences, written by us: general knowledge, no figures. */
  definition: text.max(320, "expected one or two sentences (at most 320 characters)"),
  /**
   * The forms to find in the pages' text (singular, plural, spelling variants). The first one found on a
   * page links to the definition.
   */
  forms: z.array(text).min(1, "expected at least one form to match"),
  /** Match the forms with their exact case: needed for acronyms that are also words (BUT, net). */
  case_sensitive: z.boolean().default(false),
});

/** `content/glossaire.md`: the glossary; its body introduces the glossary page. */
export const GlossarySchema = z.strictObject({
  title: text,
  /** Meta description of the glossary page, 70–160 characters. */
  description: text.min(70).max(160),
  terms: z.array(GlossaryTermSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/** `content/notions.md`: the subjects the sources speak of, named once, so sources are compared by what they say. */
export const ConceptsSchema = z.strictObject({
  concepts: z
    .array(
      z.strictObject({
        id: slug,
        /** As it reads in a list: « bases de données », « API ». */
        label: text,
      }),
    )
    .min(1),
});
export type Concepts = z.infer<typeof ConceptsSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
