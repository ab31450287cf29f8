import { z } from "zod";

/**
 * The national referential (ROME 4.0, France Travail) as the site uses it: one object per fiche, joined from the
 * bulk CSV files and validated here. The schema is the type. Texts are ROME's own words (doubled apostrophes
 * undone, nothing else changed): pages show them as the referential's, credited, never reworded.
 */

/** A ROME code: one capital letter (grand domaine) and four digits, e.g. `M1855`. */
const RomeCodeSchema = z.string().regex(/^[A-N]\d{4}$/, "expected a ROME code such as M1855");

/** The edition of the referential the files are (from `version.txt`). */
const RomeVersionSchema = z.object({
  /** Version number, e.g. `60`. */
  number: z.string().regex(/^\d+$/),
  /** Publication day, ISO `YYYY-MM-DD` (`18/09/2025` in the file). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** A job title (appellation) of a fiche. */
const RomeTitleSchema = z.object({
  /** `code_ogr` of the appellation. */
  id: z.string().min(1),
  /** Long label, both genders as given (« Développeur / Développeuse back-end »). */
  label: z.string().min(1),
  /** True for the fiche's principal title (`classification` PRINCIPALE), false for a synonym. */
  principal: z.boolean(),
  /** `peu_usite` = O: a title seldom used. */
  rare: z.boolean(),
});

/** A savoir-faire, savoir-être or savoir linked to a fiche (bloc 5), with the fiche's mark on it. */
const RomeSkillSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /**
   * The group it is shown under: for savoir-faire, its macro-compétence's label (the item's own label when it is a
   * macro-compétence); for savoirs, its category (`categorie_savoir`); for savoir-être, null.
   */
  group: z.string().nullable(),
  /** `coeur_metier` of this fiche and item: « Principale » → core, « Émergente » → emerging, empty → null. */
  mark: z.enum(["core", "emerging"]).nullable(),
});

/** A work context linked to a fiche (bloc 6). */
const RomeContextSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Its type (`libelle_type_cont_trav`), e.g. « Horaires et durée du travail ». */
  type: z.string().min(1),
});

/** A flag of the fiche: « O » → true, « N » → false, empty → null (the referential does not say). */
const FlagSchema = z.boolean().nullable();

const RomeFicheSchema = z.object({
  code: RomeCodeSchema,
  /** `libelle_rome`, both genders as given. */
  title: z.string().min(1),
  /** Code of its « métier » fiche (`code_rome_parent`); equal to `code` for a métier fiche. */
  parent: RomeCodeSchema,
  /** Grand domaine letter (A–N) and domaine professionnel code (e.g. `M18`). */
  grandDomain: z.string().regex(/^[A-N]$/),
  domain: z.string().regex(/^[A-N]\d{2}$/),
  /** Sentences of the « définition » text (bloc 3), in `position_phrase` order. */
  definition: z.array(z.string().min(1)).min(1),
  /** Sentences of the « accès au métier » text (bloc 4), in order. */
  access: z.array(z.string().min(1)).min(1),
  /** Every title, the principal one first, then the others in French alphabetical order. */
  titles: z.array(RomeTitleSchema).min(1),
  /** Savoir-faire (rubrique 1), savoir-être professionnels (2), savoirs (3), in the order of the links file. */
  knowHow: z.array(RomeSkillSchema),
  softSkills: z.array(RomeSkillSchema),
  knowledge: z.array(RomeSkillSchema),
  contexts: z.array(RomeContextSchema),
  /** Codes of related fiches (mobility), in ROME's order (`numero_ordre`). */
  mobility: z.array(RomeCodeSchema),
  /** RIASEC letters: major, and minor when given. */
  riasec: z.object({ major: z.enum(["R", "I", "A", "S", "E", "C"]), minor: z.enum(["R", "I", "A", "S", "E", "C"]).nullable() }),
  /** Codes of the centres d'intérêt the fiche belongs to, and whether it is one of their main fiches. */
  interests: z.array(z.object({ code: z.string().min(1), principal: z.boolean() })),
  /** Sectors (secteur d'activité codes) the fiche belongs to. */
  sectors: z.array(z.object({ code: z.string().min(1), principal: z.boolean() })),
  tags: z.object({
    /** `transition_eco`, as given (« Emploi Vert », « Emploi Blanc »…), or null when empty. */
    ecological: z.string().nullable(),
    digital: FlagSchema,
    demographic: FlagSchema,
    regulated: FlagSchema,
    executive: FlagSchema,
  }),
});

const RomeInterestSchema = z.object({
  code: z.string().min(1),
  /** « J'ai envie de créer, construire, rénover » */
  label: z.string().min(1),
  /** Paragraphs of its definition, as given. */
  definition: z.array(z.string().min(1)),
});

const RomeSectorSchema = z.object({ code: z.string().min(1), label: z.string().min(1), definition: z.array(z.string().min(1)) });

export const ReferentialSchema = z.object({
  version: RomeVersionSchema,
  /** Every fiche, sorted by code. */
  fiches: z.array(RomeFicheSchema),
  /** The 14 grands domaines and the domaines professionnels, sorted by code. */
  grandDomains: z.array(z.object({ code: z.string().regex(/^[A-N]$/), label: z.string().min(1) })),
  domains: z.array(z.object({ code: z.string().regex(/^[A-N]\d{2}$/), label: z.string().min(1) })),
  /** Centres d'intérêt, sorted by code (numerically). */
  interests: z.array(RomeInterestSchema),
  sectors: z.array(RomeSectorSchema),
});

export type RomeFiche = z.infer<typeof RomeFicheSchema>;
export type RomeTitle = z.infer<typeof RomeTitleSchema>;
export type RomeSkill = z.infer<typeof RomeSkillSchema>;
export type RomeContext = z.infer<typeof RomeContextSchema>;
export type RomeInterest = z.infer<typeof RomeInterestSchema>;
export type Referential = z.infer<typeof ReferentialSchema>;
