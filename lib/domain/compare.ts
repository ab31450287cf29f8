import type { Concept, CountryEntry, Occupation } from "@/lib/content/load";
import { careerDestinations } from "@/lib/domain/career";
import { inferredReasons } from "@/lib/domain/inferred";
import { countryOf, ratioSpan, type SalaryRow, salaryRows, type Span } from "@/lib/domain/salary";

/** The slug of a pair of countries, in its one canonical (alphabetical) order: `france-maroc`. */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join("-");
}

/** All unordered pairs of the given country slugs, each in canonical order. */
export function countryPairs(countries: readonly string[]): [string, string][] {
  const sorted = [...new Set(countries)].sort();
  const pairs: [string, string][] = [];
  sorted.forEach((a, i) => {
    sorted.slice(i + 1).forEach((b) => pairs.push([a, b]));
  });
  return pairs;
}

/** The topics of an occupation that sources can be compared on (each is a section of its pages). */
type TopicKey = "missions" | "competences" | "formation" | "evolution" | "salaires";

/** Where a compared fact is shown: the topic's page (or one country's salary page) and the fact's anchor. */
interface FactLocation {
  topic: TopicKey;
  /** The country page of the salaries topic, when the fact is one country's figure. */
  country?: string;
  anchor: string;
}

/** One fact of a section, where it lives on the site, and the sources that state it. */
export interface ComparedItem {
  id: string;
  title: string;
  at: FactLocation;
  sources: readonly string[];
  /** Named examples, each with its sources (languages, tools…). */
  examples?: readonly { label: string; sources: readonly string[] }[];
  /** Concept ids the item speaks of (`content/notions.md`), or none: then the item is a subject of its own. */
  concepts?: readonly string[];
  /** Reasons of the item's inferred fields (a country we filed figures under). */
  inferred?: readonly string[];
}

/** A subject, and what each source says of it anywhere in the occupation's content. */
export interface ComparedConcept {
  id: string;
  label: string;
  /** Sources that speak of it, in any section: a subject is never « one source's alone » if another covers it elsewhere. */
  sources: string[];
  /** The items that speak of it, per source id (every source present, possibly empty). */
  bySource: Record<string, ComparedItem[]>;
  inferred: readonly string[];
}

export interface TopicComparison {
  key: TopicKey;
  label: string;
  /** The subjects this section speaks of, in the order they first appear. */
  concepts: ComparedConcept[];
  /** Subjects every source speaks of. */
  shared: ComparedConcept[];
  /** Subjects only one source speaks of, keyed by source id (every source present, possibly with none). */
  only: Record<string, ComparedConcept[]>;
  /** Sources that say nothing about any subject of this section. */
  silent: string[];
  /** Named examples that every source cites, across the topic's items. */
  sharedExamples: string[];
}

/** The occupation's facts, topic by topic, as comparable items; the one place that knows which list is which topic. */
function topics(occupation: Occupation, countries: readonly CountryEntry[]): { key: TopicKey; label: string; items: ComparedItem[] }[] {
  const at = (topic: TopicKey, anchor: string): FactLocation => ({ topic, anchor });
  return [
    {
      key: "missions",
      label: "Missions",
      items: [
        ...occupation.missions.items.map((i) => ({ ...i, at: at("missions", i.id) })),
        ...occupation.missions.phases.map((i) => ({ ...i, title: `Phase : ${i.title}`, at: at("missions", i.id) })),
      ],
    },
    {
      key: "competences",
      label: "Compétences",
      items: [...occupation.skills.technical, ...occupation.skills.interpersonal].map((i) => ({ ...i, at: at("competences", i.id) })),
    },
    {
      key: "formation",
      label: "Formation",
      items: occupation.training.paths.map((i) => ({ ...i, at: at("formation", i.id) })),
    },
    {
      key: "evolution",
      label: "Évolution de carrière",
      // Compared by destination: a post both sources name is shared, whatever route each one draws to it.
      items: careerDestinations(occupation.career).map((d) => ({
        id: d.id,
        title: d.title,
        at: at("evolution", d.anchor),
        sources: d.sources,
        concepts: [`poste-${d.id}`],
      })),
    },
    {
      key: "salaires",
      label: "Salaires",
      items: occupation.salaries.flatMap((s) => {
        const country = countryOf(countries, s.country);
        return s.figures.map((f) => ({
          id: `${s.country}-${f.id}`,
          title: `${country.name}, ${f.label.toLowerCase()}`,
          at: { topic: "salaires" as const, country: s.country, anchor: "chiffres" },
          sources: [s.source],
          concepts: [`salaire-${s.country}`],
          inferred: inferredReasons(s.inferred, ["country"]),
        }));
      }),
    },
  ];
}

/** Labels of the concepts the comparison builds itself (a career destination, a country's salaries). */
function builtConceptLabels(occupation: Occupation, countries: readonly CountryEntry[]): Map<string, string> {
  return new Map([
    ...careerDestinations(occupation.career).map((d) => [`poste-${d.id}`, d.title] as const),
    ...occupation.salaries.map((s) => {
      const country = countryOf(countries, s.country);
      return [`salaire-${s.country}`, `salaires ${country.preposition} ${country.name}`] as const;
    }),
  ]);
}

/**
 * What each source says, subject by subject, section by section. A subject's sources are gathered across the
 * whole occupation: databases named by one article in its missions and by the other in its skills are shared.
 */
export function compareSources(
  occupation: Occupation,
  content: { countries: readonly CountryEntry[]; concepts: readonly Concept[] },
  sourceIds: readonly string[],
): TopicComparison[] {
  const all = topics(occupation, content.countries);
  const labels = new Map([...content.concepts.map((c) => [c.id, c.label] as const), ...builtConceptLabels(occupation, content.countries)]);
  // An item without concepts is a subject of its own, keyed by section so two sections never merge by an id.
  const conceptsOf = (key: string, item: ComparedItem) => item.concepts ?? [`${key}/${item.id}`];
  const byConcept = new Map<string, ComparedItem[]>();
  for (const t of all)
    for (const item of t.items) for (const c of conceptsOf(t.key, item)) byConcept.set(c, [...(byConcept.get(c) ?? []), item]);

  const concept = (id: string, fallback: ComparedItem | undefined): ComparedConcept => {
    const items = byConcept.get(id) ?? [];
    const bySource = Object.fromEntries(sourceIds.map((s) => [s, items.filter((i) => i.sources.includes(s))]));
    return {
      id,
      label: labels.get(id) ?? fallback?.title ?? id,
      sources: sourceIds.filter((s) => (bySource[s]?.length ?? 0) > 0),
      bySource,
      inferred: [...new Set(items.flatMap((i) => i.inferred ?? []))],
    };
  };

  return all.map(({ key, label, items }) => {
    const ids = [...new Set(items.flatMap((i) => conceptsOf(key, i)))];
    const list = ids.map((id) => concept(id, items.find((i) => conceptsOf(key, i).includes(id)) ?? items[0]));
    const only: Record<string, ComparedConcept[]> = Object.fromEntries(
      sourceIds.map((s) => [s, list.filter((c) => c.sources.length === 1 && c.sources[0] === s)]),
    );
    const shared = list.filter((c) => sourceIds.every((s) => c.sources.includes(s)));
    const silent = sourceIds.filter((s) => !list.some((c) => c.sources.includes(s)));
    const sharedExamples = items
      .flatMap((i) => i.examples ?? [])
      .filter((ex) => sourceIds.every((id) => ex.sources.includes(id)))
      .map((ex) => ex.label);
    return { key, label, concepts: list, shared, only, silent, sharedExamples };
  });
}

/** The pairs of countries with salary data for this occupation, each once, in canonical order. */
export interface CountryPair {
  slug: string;
  a: CountryEntry;
  b: CountryEntry;
}

export function getCountryPairs(occupation: Occupation, countries: readonly CountryEntry[]): CountryPair[] {
  return countryPairs(occupation.salaryCountries).map(([a, b]) => ({
    slug: pairSlug(a, b),
    a: countryOf(countries, a),
    b: countryOf(countries, b),
  }));
}

/** The pair named by a URL slug, or undefined. */
export function findCountryPair(occupation: Occupation, countries: readonly CountryEntry[], slug: string): CountryPair | undefined {
  return getCountryPairs(occupation, countries).find((p) => p.slug === slug);
}

export interface PairRatio {
  higher: SalaryRow;
  lower: SalaryRow;
  /** How many times `higher` is `lower`, per month in euros, lowest and highest. */
  ratio: Span;
}

/**
 * Every figure of one country against every figure of the other, per month in euros, as "N times" ratios.
 * Each ratio reads from the higher figure to the lower, so it is ≥ 1.
 */
function pairRatios(rowsA: readonly SalaryRow[], rowsB: readonly SalaryRow[]): PairRatio[] {
  const out: PairRatio[] = [];
  for (const a of rowsA)
    for (const b of rowsB) {
      const aMid = (a.monthEurExact.low + a.monthEurExact.high) / 2;
      const bMid = (b.monthEurExact.low + b.monthEurExact.high) / 2;
      const [higher, lower] = aMid >= bMid ? [a, b] : [b, a];
      out.push({ higher, lower, ratio: ratioSpan(higher.monthEurExact, lower.monthEurExact) });
    }
  return out;
}

/** Both countries' rows and ratios for a pair page. */
export function comparePair(occupation: Occupation, countries: readonly CountryEntry[], a: CountryEntry, b: CountryEntry) {
  const rows = salaryRows(occupation, countries);
  const rowsA = rows.filter((r) => r.country.slug === a.slug);
  const rowsB = rows.filter((r) => r.country.slug === b.slug);
  return { rowsA, rowsB, ratios: pairRatios(rowsA, rowsB) };
}

/** The ratio a pair page leads with: each country's first figure (the one the « En bref » boxes show). */
export function headlineRatio(ratios: readonly PairRatio[]): PairRatio | undefined {
  const first = (r: SalaryRow) => r.salary.figures[0]?.id === r.figure.id;
  return ratios.find((r) => first(r.higher) && first(r.lower)) ?? ratios[0];
}

type Basis = SalaryRow["figure"]["basis"];
/**
 * Which way comparing on one basis (both gross or both net) could move the gap, over every basis the sources
 * leave open: gross is above net, so a gross higher figure against a net lower one overstates the gap.
 */
export function basisEffect(higher: Basis, lower: Basis): "plus petit" | "plus grand" | "plus grand ou plus petit" | null {
  const options = (b: Basis) => (b === "non-precise" ? (["brut", "net"] as const) : [b]);
  const effects = new Set<string>();
  for (const h of options(higher)) for (const l of options(lower)) if (h !== l) effects.add(h === "brut" ? "plus petit" : "plus grand");
  if (effects.size === 0) return null;
  return effects.size > 1 ? "plus grand ou plus petit" : (([...effects][0] ?? null) as "plus petit" | "plus grand");
}
