import { basisEffect, type PairRatio } from "@/lib/domain/compare";
import { inferredMarks, inferredReasons, inferredTag, withShortMark } from "@/lib/domain/inferred";
import { levelLabel, orderOfMagnitude, type SalaryRow } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { formatList, formatMoney, formatTimes } from "@/lib/site/format";
import { capitalise, inCountry } from "@/lib/site/french";
import { euroEquivalent, figureSummary } from "@/lib/site/salary-text";

/** A ratio between two countries' figures in words, always with the conditions it holds under. */

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

const place = (r: SalaryRow) => inCountry(r.country);

function describeFigure(r: SalaryRow): string {
  const f = r.figure;
  const what = f.kind === "range" ? "une fourchette" : "une moyenne";
  const level = f.level === "all" ? "tous niveaux" : levelLabel[f.level].toLowerCase();
  const years = f.experience ? ` (${f.experience.min} à ${f.experience.max} ans d'expérience)` : "";
  return `${what} ${level}${years}`;
}

/** The conditions of a ratio, computed from its two figures: sources, basis, year, levels, conversion, cost of living. */
function ratioConditions(r: PairRatio, sources: readonly SourceLabel[]): RatioCondition[] {
  const { higher, lower } = r;
  const out: RatioCondition[] = [];
  const short = (id: string) => sources.find((s) => s.id === id)?.short ?? id;
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
          : `brut ou net non précisé ${place(unknown[0] ?? higher)}`;
    out.push({ key: "basis", text: `${why} : à base égale, l'écart pourrait être ${effect}`, short: "brut ou net inconnu" });
  }
  const noYear = [higher, lower].filter((x) => x.salary.year === null);
  if (noYear.length > 0)
    out.push({
      key: "year",
      text: noYear.length === 2 ? "année des chiffres non précisée" : `année non précisée ${place(noYear[0] ?? higher)}`,
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
function ratioSentence(r: PairRatio): string {
  const where = capitalise(place(r.higher));
  return `${where}, un profil « ${r.higher.figure.label.toLowerCase()} » gagne ${formatTimes(orderOfMagnitude(r.ratio))} ${lowerFigureName(r.lower)} ${place(r.lower)}, une fois converti en euros`;
}

/**
 * What the two sources say, before anything we compute: « Ce que disent les sources : en France (pays déduit par
 * nous), 45 000 à 55 000 € par an pour un profil « junior », selon la source « Fiche Backend » ; au Maroc, … ».
 */
function sourcesSentence(r: PairRatio, sources: readonly SourceLabel[]): string {
  const short = (id: string) => sources.find((s) => s.id === id)?.short ?? id;
  const one = (x: SalaryRow) => {
    const where = withShortMark(place(x), Boolean(x.salary.inferred.country), inferredMarks.country);
    const eur = euroEquivalent(x.figure, x.salary, x.country);
    const scope =
      x.figure.kind === "average" ? ` (${x.figure.label.toLowerCase()})` : ` pour un profil « ${x.figure.label.toLowerCase()} »`;
    const converted = eur ? `, soit ${eur.replace(/^≈ /, "environ ")}` : "";
    return `${where}, ${figureSummary(x.figure, x.currency)}${scope}${converted}, selon la source « ${short(x.salary.source)} »`;
  };
  return `Ce que disent les sources : ${one(r.higher)} ; ${one(r.lower)}.`;
}

/** Why the ratio is ours, in one line: how it is computed from the two figures. */
function ratioReason(r: PairRatio): string {
  const yearly = [r.higher, r.lower].some((x) => x.figure.period === "year");
  return `nous divisons l'un par l'autre les montants par mois en euros${yearly ? " (montant annuel ÷ 12)" : ""}, puis nous arrondissons aux nombres entiers qui encadrent le résultat.`;
}

/** « Ces chiffres ne se comparent pas à l'identique : … » with every condition of the ratio. */
function ratioConditionsSentence(r: PairRatio, sources: readonly SourceLabel[]): string {
  const conditions = ratioConditions(r, sources);
  return conditions.length === 0
    ? "Les deux chiffres sont comparables à l'identique."
    : `Ces chiffres ne se comparent pas à l'identique : ${conditions.map((c) => c.text).join(" ; ")}.`;
}

/** Reasons of the inferred fields a ratio rests on (a country we filed figures under, a period we read). */
function ratioInferred(r: PairRatio): string[] {
  return [r.higher, r.lower].flatMap((x) => [
    ...inferredReasons(x.salary.inferred, ["country"]),
    ...inferredReasons(x.figure.inferred, ["period"]),
  ]);
}

/** The ratio for a meta description or a preview: the number, what against what, and its conditions in short. */
export function ratioSummary(r: PairRatio, sources: readonly SourceLabel[], room: "long" | "short" = "long") {
  const marks = room === "long" ? inferredMarks : { country: inferredMarks.compact, period: inferredMarks.compact };
  const country = (x: SalaryRow) => withShortMark(place(x), Boolean(x.salary.inferred.country), marks.country);
  const label = (x: SalaryRow) => withShortMark(x.figure.label, Boolean(x.figure.inferred.period), marks.period);
  const conditions = ratioConditions(r, sources);
  return {
    /** « de l'ordre de 3 à 4 fois (calcul déduit par nous) »: the ratio is ours wherever it travels. */
    times:
      room === "long"
        ? `${formatTimes(orderOfMagnitude(r.ratio))} (calcul ${inferredTag})`
        : `${formatTimes(orderOfMagnitude(r.ratio)).replace(/^de l'ordre de /, "environ ")} (${inferredMarks.compact})`,
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
export function ratioStatement(
  r: PairRatio,
  sources: readonly SourceLabel[],
  after?: PairRatio,
): { said?: string; sentence: string; reason: string; conditions: string; inferred: string[] } {
  const sentence = `${ratioSentence(r)}.`;
  const reason = ratioReason(r);
  if (!after)
    return {
      said: sourcesSentence(r, sources),
      sentence,
      reason,
      conditions: ratioConditionsSentence(r, sources),
      inferred: ratioInferred(r),
    };
  const said = new Set(ratioConditions(after, sources).map((c) => c.text));
  const extra = ratioConditions(r, sources).filter((c) => !said.has(c.text));
  const known = new Set(ratioInferred(after));
  return {
    sentence,
    reason,
    conditions: `Mêmes précautions que ci-dessus${extra.length ? `, et : ${extra.map((c) => c.text).join(" ; ")}` : ""}.`,
    inferred: ratioInferred(r).filter((x) => !known.has(x)),
  };
}
