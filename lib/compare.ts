import { careerDestinations } from "@/lib/career";
import { type Concept, type CountryEntry, getConcepts, getSource, requireCountry, type Role } from "@/lib/content";
import { type SalaryRow, salaryRows } from "@/lib/facts";
import { formatList, formatMoney, formatMoneyRange, formatTimes } from "@/lib/format";
import { inferredMarks, inferredReasons, withShortMark } from "@/lib/inferred";
import { countryPairs, pairSlug, rolePath, type RoleSectionKey } from "@/lib/routes";
import { levelLabel, orderOfMagnitude, ratioSpan, type Span } from "@/lib/salary";

/** One fact of a section, where it lives on the site, and the sources that state it. */
export interface ComparedItem {
  id: string;
  title: string;
  href: string;
  sources: readonly string[];
  /** Named examples, each with its sources (languages, tools…). */
  examples?: readonly { label: string; sources: readonly string[] }[];
  /** Concept ids the item speaks of (`content/notions.md`), or none: then the item is a subject of its own. */
  concepts?: readonly string[];
  /** Reasons of the item's inferred fields (a country we filed figures under). */
  inferred?: readonly string[];
}

/** A subject, and what each source says of it anywhere in the role's content. */
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
  key: RoleSectionKey;
  label: string;
  href: string;
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

/** The role's facts, topic by topic, as comparable items; the one place that knows which list is which topic. */
function topics(role: Role): { key: RoleSectionKey; label: string; items: ComparedItem[] }[] {
  const at = (section: RoleSectionKey, id: string) => `${rolePath(role.slug, section)}#${id}`;
  return [
    {
      key: "missions",
      label: "Missions",
      items: [
        ...role.missions.items.map((i) => ({ ...i, href: at("missions", i.id) })),
        ...role.missions.phases.map((i) => ({ ...i, title: `Phase : ${i.title}`, href: at("missions", i.id) })),
      ],
    },
    {
      key: "competences",
      label: "Compétences",
      items: [...role.skills.technical, ...role.skills.interpersonal].map((i) => ({ ...i, href: at("competences", i.id) })),
    },
    {
      key: "formation",
      label: "Formation",
      items: role.training.paths.map((i) => ({ ...i, href: at("formation", i.id) })),
    },
    {
      key: "evolution",
      label: "Évolution de carrière",
      // Compared by destination: a post both sources name is shared, whatever route each one draws to it.
      items: careerDestinations(role.career).map((d) => ({
        id: d.id,
        title: d.title,
        href: at("evolution", d.anchor),
        sources: d.sources,
        concepts: [`poste-${d.id}`],
      })),
    },
    {
      key: "salaires",
      label: "Salaires",
      items: role.salaries.flatMap((s) => {
        const country = requireCountry(s.country);
        return s.figures.map((f) => ({
          id: `${s.country}-${f.id}`,
          title: `${country.name}, ${f.label.toLowerCase()}`,
          href: `${rolePath(role.slug, "salaires")}/${s.country}#chiffres`,
          sources: [s.source],
          concepts: [`salaire-${s.country}`],
          inferred: inferredReasons(s.inferred, ["country"]),
        }));
      }),
    },
  ];
}

/** Labels of the concepts the comparison builds itself (a career destination, a country's salaries). */
function builtConceptLabels(role: Role): Map<string, string> {
  return new Map([
    ...careerDestinations(role.career).map((d) => [`poste-${d.id}`, d.title] as const),
    ...role.salaries.map((s) => [`salaire-${s.country}`, `salaires ${requireCountry(s.country).preposition} ${requireCountry(s.country).name}`] as const),
  ]);
}

/**
 * What each source says, subject by subject, section by section. A subject's sources are gathered across the
 * whole role: databases named by one article in its missions and by the other in its skills are shared.
 */
export function compareSources(role: Role, sourceIds: readonly string[], concepts: readonly Concept[] = getConcepts()): TopicComparison[] {
  const all = topics(role);
  const labels = new Map([...concepts.map((c) => [c.id, c.label] as const), ...builtConceptLabels(role)]);
  // An item without concepts is a subject of its own, keyed by section so two sections never merge by an id.
  const conceptsOf = (key: string, item: ComparedItem) => item.concepts ?? [`${key}/${item.id}`];
  const byConcept = new Map<string, ComparedItem[]>();
  for (const t of all)
    for (const item of t.items)
      for (const c of conceptsOf(t.key, item)) byConcept.set(c, [...(byConcept.get(c) ?? []), item]);

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
    return { key, label, href: rolePath(role.slug, key), concepts: list, shared, only, silent, sharedExamples };
  });
}

/** The pairs of countries with salary data for this role, each once, in canonical order. */
export function getCountryPairs(role: Role): { slug: string; a: CountryEntry; b: CountryEntry }[] {
  return countryPairs(role.salaryCountries).map(([a, b]) => ({
    slug: pairSlug(a, b),
    a: requireCountry(a),
    b: requireCountry(b),
  }));
}

/** The pair named by a URL slug, or undefined. */
export function findCountryPair(role: Role, slug: string) {
  return getCountryPairs(role).find((p) => p.slug === slug);
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
export function comparePair(role: Role, a: CountryEntry, b: CountryEntry) {
  const rows = salaryRows(role);
  const rowsA = rows.filter((r) => r.country.slug === a.slug);
  const rowsB = rows.filter((r) => r.country.slug === b.slug);
  return { rowsA, rowsB, ratios: pairRatios(rowsA, rowsB) };
}

/** "3 750 à 4 580 €" per month in euros, with ≈ when converted. */
export function monthlyEuros(r: SalaryRow): string {
  return `${r.currency === "EUR" ? "" : "≈ "}${formatMoneyRange(r.monthEur.low, r.monthEur.high, "EUR")}`;
}

/** The ratio a pair page leads with: each country's first figure (the one the « En bref » boxes show). */
export function headlineRatio(ratios: readonly PairRatio[]): PairRatio | undefined {
  const first = (r: SalaryRow) => r.salary.figures[0]?.id === r.figure.id;
  return ratios.find((r) => first(r.higher) && first(r.lower)) ?? ratios[0];
}

/** What a ratio is NOT, as computed from the two figures' data: `text` for pages, `short` where room is scarce. */
export interface RatioCondition {
  key: "sources" | "basis" | "year" | "levels" | "conversion" | "cost-of-living";
  text: string;
  short: string;
}

/** The condition in one or two words, for a meta description (the page gives the whole condition). */
const conditionWord: Record<RatioCondition["key"], string> = {
  sources: "sources",
  basis: "brut ou net",
  year: "année",
  levels: "niveaux",
  conversion: "taux",
  "cost-of-living": "coût de la vie",
};

type Basis = SalaryRow["figure"]["basis"];
const place = (r: SalaryRow) => `${r.country.preposition} ${r.country.name}`;

/**
 * Which way comparing on one basis (both gross or both net) could move the gap, over every basis the sources
 * leave open: gross is above net, so a gross higher figure against a net lower one overstates the gap.
 */
export function basisEffect(higher: Basis, lower: Basis): "plus petit" | "plus grand" | "plus grand ou plus petit" | null {
  const options = (b: Basis) => (b === "non-precise" ? (["brut", "net"] as const) : [b]);
  const effects = new Set<string>();
  for (const h of options(higher))
    for (const l of options(lower))
      if (h !== l) effects.add(h === "brut" ? "plus petit" : "plus grand");
  if (effects.size === 0) return null;
  return effects.size > 1 ? "plus grand ou plus petit" : (([...effects][0] ?? null) as "plus petit" | "plus grand");
}

function describeFigure(r: SalaryRow): string {
  const f = r.figure;
  const what = f.kind === "range" ? "une fourchette" : "une moyenne";
  const level = f.level === "all" ? "tous niveaux" : levelLabel[f.level].toLowerCase();
  const years = f.experience ? ` (${f.experience.min} à ${f.experience.max} ans d'expérience)` : "";
  return `${what} ${level}${years}`;
}

/** The conditions of a ratio, computed from its two figures: sources, basis, year, levels, conversion, cost of living. */
export function ratioConditions(r: PairRatio): RatioCondition[] {
  const { higher, lower } = r;
  const out: RatioCondition[] = [];
  const short = (id: string) => getSource(id)?.short ?? id;
  if (higher.salary.source !== lower.salary.source)
    out.push({
      key: "sources",
      text: `deux sources différentes (${short(higher.salary.source)} ${place(higher)}, ${short(lower.salary.source)} ${place(lower)})`,
      short: "sources différentes",
    });
  const effect = basisEffect(higher.figure.basis, lower.figure.basis);
  if (effect) {
    const unknown = [higher, lower].filter((x) => x.figure.basis === "non-precise");
    const why =
      unknown.length === 0
        ? `l'un est brut, l'autre net`
        : unknown.length === 2
          ? "aucune des deux sources ne dit si c'est brut ou net"
          : `brut ou net non précisé ${place(unknown[0] as SalaryRow)}`;
    out.push({ key: "basis", text: `${why} : à base égale, l'écart pourrait être ${effect}`, short: "brut ou net inconnu" });
  }
  const noYear = [higher, lower].filter((x) => x.salary.year === null);
  if (noYear.length > 0)
    out.push({
      key: "year",
      text: noYear.length === 2 ? "année des chiffres non précisée" : `année non précisée ${place(noYear[0] as SalaryRow)}`,
      short: "année inconnue",
    });
  else if (higher.salary.year !== lower.salary.year)
    out.push({ key: "year", text: `années différentes (${higher.salary.year} et ${lower.salary.year})`, short: "années différentes" });
  if (higher.figure.level !== lower.figure.level || higher.figure.kind !== lower.figure.kind)
    out.push({ key: "levels", text: `${describeFigure(higher)} face à ${describeFigure(lower)}`, short: "niveaux différents" });
  for (const x of [higher, lower])
    if (x.country.exchange)
      out.push({
        key: "conversion",
        text: `taux de conversion approché, celui de la source (${formatMoney(x.country.exchange.amount, x.country.currency)} ≈ ${formatMoney(x.country.exchange.equals, "EUR")})`,
        short: "taux approché",
      });
  if (higher.country.slug !== lower.country.slug)
    out.push({ key: "cost-of-living", text: "coût de la vie non compté", short: "coût de la vie non compté" });
  return out;
}

/** "le salaire moyen", "le niveau « senior »": the lower figure as the object of « gagne N fois ». */
function lowerFigureName(r: SalaryRow): string {
  return r.figure.kind === "average" ? "le salaire moyen" : `le niveau « ${r.figure.label.toLowerCase()} »`;
}

/** The ratio in words, whole numbers only: « En France, un profil « junior » gagne de l'ordre de 3 à 4 fois le salaire moyen au Maroc ». */
export function ratioSentence(r: PairRatio): string {
  const where = place(r.higher).replace(/^./, (c) => c.toUpperCase());
  return `${where}, un profil « ${r.higher.figure.label.toLowerCase()} » gagne ${formatTimes(orderOfMagnitude(r.ratio))} ${lowerFigureName(r.lower)} ${place(r.lower)}, une fois converti en euros`;
}

/** « Ce n'est pas une comparaison à l'identique : … » with every condition of the ratio. */
export function ratioConditionsSentence(r: PairRatio): string {
  const conditions = ratioConditions(r);
  return conditions.length === 0
    ? "Les deux chiffres sont comparables à l'identique."
    : `Ce n'est pas une comparaison à l'identique : ${conditions.map((c) => c.text).join(" ; ")}.`;
}

/** Reasons of the inferred fields a ratio rests on (a country we filed figures under, a period we read). */
export function ratioInferred(r: PairRatio): string[] {
  return [r.higher, r.lower].flatMap((x) => [...inferredReasons(x.salary.inferred, ["country"]), ...inferredReasons(x.figure.inferred, ["period"])]);
}

/** The ratio for a meta description or a preview: the number, what against what, and its conditions in short. */
export function ratioSummary(r: PairRatio, room: "long" | "short" = "long") {
  const marks = room === "long" ? inferredMarks : { country: inferredMarks.compact, period: inferredMarks.compact };
  const country = (x: SalaryRow) => withShortMark(place(x), Boolean(x.salary.inferred.country), marks.country);
  const label = (x: SalaryRow) => withShortMark(x.figure.label, Boolean(x.figure.inferred.period), marks.period);
  const conditions = ratioConditions(r);
  return {
    times: formatTimes(orderOfMagnitude(r.ratio)),
    /** « Junior en France (pays déduit par nous) » */
    higher: `${label(r.higher)} ${country(r.higher)}`,
    /** « le salaire moyen au Maroc » */
    lower: `${lowerFigureName(r.lower)} ${country(r.lower)}`,
    /** « au salaire moyen au Maroc », after « face » */
    faceTo: `${lowerFigureName(r.lower).replace(/^le /, "au ")} ${country(r.lower)}`,
    conditions: formatList(conditions.map((c) => c.short)),
    words: formatList(conditions.map((c) => conditionWord[c.key])),
  };
}

/**
 * Everything the `RatioStatement` component shows for a ratio. Under a ratio already stated on the page (`after`),
 * only the conditions and inferences it does not share are repeated: each thing said once.
 */
export function ratioStatement(r: PairRatio, after?: PairRatio): { sentence: string; conditions: string; inferred: string[] } {
  const sentence = `${ratioSentence(r)}.`;
  if (!after) return { sentence, conditions: ratioConditionsSentence(r), inferred: ratioInferred(r) };
  const said = new Set(ratioConditions(after).map((c) => c.text));
  const extra = ratioConditions(r).filter((c) => !said.has(c.text));
  const known = new Set(ratioInferred(after));
  return {
    sentence,
    conditions: `Mêmes précautions que ci-dessus${extra.length ? `, et : ${extra.map((c) => c.text).join(" ; ")}` : ""}.`,
    inferred: ratioInferred(r).filter((x) => !known.has(x)),
  };
}
