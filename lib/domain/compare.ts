import type { CountryEntry, Role } from "@/lib/content/load";
import { countryOf, ratioSpan, type SalaryRow, salaryRows, type Span } from "@/lib/domain/salary";

/** The slug of a pair of countries, in its one canonical (alphabetical) order: `france-maroc`. */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join("-");
}

/** All unordered pairs of the given country slugs, each in canonical order. */
export function countryPairs(countries: readonly string[]): [string, string][] {
  const sorted = [...new Set(countries)].sort();
  const pairs: [string, string][] = [];
  sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return pairs;
}

/** The topics of an occupation that sources can be compared on (each is a section of its pages). */
export type TopicKey = "missions" | "competences" | "formation" | "evolution" | "salaires";

/** Where a compared fact is shown: the topic's page (or one country's salary page) and the fact's anchor. */
export interface FactLocation {
  topic: TopicKey;
  /** The country page of the salaries topic, when the fact is one country's figure. */
  country?: string;
  anchor: string;
}

/** One comparable fact: a title, where it lives on the site, and the sources that state it. */
export interface ComparedItem {
  id: string;
  title: string;
  at: FactLocation;
  sources: readonly string[];
  /** Named examples, each with its sources (languages, tools…). */
  examples?: readonly { label: string; sources: readonly string[] }[];
}

export interface TopicComparison {
  key: TopicKey;
  label: string;
  /** Facts every source states. */
  shared: ComparedItem[];
  /** Facts only one source states, keyed by source id (every source present, possibly with none). */
  only: Record<string, ComparedItem[]>;
  /** Named examples that every source cites, across the topic's items. */
  sharedExamples: string[];
}

/** The role's facts, topic by topic, as comparable items; the one place that knows which list is which topic. */
function topics(role: Role, countries: readonly CountryEntry[]): { key: TopicKey; label: string; items: ComparedItem[] }[] {
  const at = (topic: TopicKey, anchor: string): FactLocation => ({ topic, anchor });
  const title = new Map(role.career.roles.map((r) => [r.id, r.title]));
  return [
    {
      key: "missions",
      label: "Missions",
      items: [
        ...role.missions.items.map((i) => ({ ...i, at: at("missions", i.id) })),
        ...role.missions.phases.map((i) => ({ ...i, title: `Phase : ${i.title}`, at: at("missions", i.id) })),
      ],
    },
    {
      key: "competences",
      label: "Compétences",
      items: [...role.skills.technical, ...role.skills.interpersonal].map((i) => ({ ...i, at: at("competences", i.id) })),
    },
    {
      key: "formation",
      label: "Formation",
      items: role.training.paths.map((i) => ({ ...i, at: at("formation", i.id) })),
    },
    {
      key: "evolution",
      label: "Évolution de carrière",
      items: role.career.paths.map((p) => ({
        id: `${p.from}-vers-${p.to}`,
        title: `${title.get(p.from) ?? p.from} → ${title.get(p.to) ?? p.to}`,
        at: at("evolution", `${p.from}-vers-${p.to}`),
        sources: p.sources,
      })),
    },
    {
      key: "salaires",
      label: "Salaires",
      items: role.salaries.flatMap((s) => {
        const country = countryOf(countries, s.country);
        return s.figures.map((f) => ({
          id: `${s.country}-${f.id}`,
          title: `${country.name}, ${f.label.toLowerCase()}`,
          at: { topic: "salaires" as const, country: s.country, anchor: "chiffres" },
          sources: [s.source],
        }));
      }),
    },
  ];
}

/** What each source says, topic by topic, computed from the sources listed on every item. */
export function compareSources(role: Role, countries: readonly CountryEntry[], sourceIds: readonly string[]): TopicComparison[] {
  return topics(role, countries).map(({ key, label, items }) => {
    const only: Record<string, ComparedItem[]> = Object.fromEntries(sourceIds.map((id) => [id, []]));
    const shared: ComparedItem[] = [];
    for (const item of items) {
      if (sourceIds.every((id) => item.sources.includes(id))) shared.push(item);
      else if (item.sources.length === 1 && only[item.sources[0]]) only[item.sources[0]].push(item);
      else shared.push(item); // several but not all sources: count as shared among those (never with two sources)
    }
    const sharedExamples = items
      .flatMap((i) => i.examples ?? [])
      .filter((ex) => sourceIds.every((id) => ex.sources.includes(id)))
      .map((ex) => ex.label);
    return { key, label, shared, only, sharedExamples };
  });
}

/** The pairs of countries with salary data for this role, each once, in canonical order. */
export interface CountryPair {
  slug: string;
  a: CountryEntry;
  b: CountryEntry;
}

export function getCountryPairs(role: Role, countries: readonly CountryEntry[]): CountryPair[] {
  return countryPairs(role.salaryCountries).map(([a, b]) => ({
    slug: pairSlug(a, b),
    a: countryOf(countries, a),
    b: countryOf(countries, b),
  }));
}

/** The pair named by a URL slug, or undefined. */
export function findCountryPair(role: Role, countries: readonly CountryEntry[], slug: string): CountryPair | undefined {
  return getCountryPairs(role, countries).find((p) => p.slug === slug);
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
export function pairRatios(rowsA: readonly SalaryRow[], rowsB: readonly SalaryRow[]): PairRatio[] {
  const out: PairRatio[] = [];
  for (const a of rowsA)
    for (const b of rowsB) {
      const aMid = (a.monthEur.low + a.monthEur.high) / 2;
      const bMid = (b.monthEur.low + b.monthEur.high) / 2;
      const [higher, lower] = aMid >= bMid ? [a, b] : [b, a];
      out.push({ higher, lower, ratio: ratioSpan(higher.monthEur, lower.monthEur) });
    }
  return out;
}

/** Both countries' rows and ratios for a pair page. */
export function comparePair(role: Role, countries: readonly CountryEntry[], a: CountryEntry, b: CountryEntry) {
  const rows = salaryRows(role, countries);
  const rowsA = rows.filter((r) => r.country.slug === a.slug);
  const rowsB = rows.filter((r) => r.country.slug === b.slug);
  return { rowsA, rowsB, ratios: pairRatios(rowsA, rowsB) };
}
