import type { Grammar } from "@/lib/content/schema";
import { countInWords } from "@/lib/site/format";

/**
 * French around a title: articles, contractions, elisions and plurals, from the grammar the content declares.
 * No template builds « du ${title} » itself: it asks here.
 */

/** A noun and how it behaves in a sentence (an occupation's title and its `grammar`). */
export interface Noun {
  title: string;
  grammar: Grammar;
}

/** The noun as it reads inside a sentence: « développeur back-end ». */
export function inSentence(noun: Noun): string {
  return noun.grammar.in_sentence ?? noun.title.toLocaleLowerCase("fr");
}

/** « le développeur back-end », « la technicienne », « l'administratrice réseaux » */
export function theNoun(noun: Noun): string {
  const word = inSentence(noun);
  if (noun.grammar.elision) return `l'${word}`;
  return `${noun.grammar.gender === "feminine" ? "la" : "le"} ${word}`;
}

/** « du développeur back-end », « de la technicienne », « de l'administratrice réseaux » */
export function ofTheNoun(noun: Noun): string {
  const word = inSentence(noun);
  if (noun.grammar.elision) return `de l'${word}`;
  return noun.grammar.gender === "feminine" ? `de la ${word}` : `du ${word}`;
}

/** « un développeur back-end », « une administratrice réseaux » */
export function aNoun(noun: Noun): string {
  return `${noun.grammar.gender === "feminine" ? "une" : "un"} ${inSentence(noun)}`;
}

/** An adjective or participle agreeing with the noun: agree(noun, "appelé", "appelée"). */
export function agree(noun: Noun, masculine: string, feminine: string): string {
  return noun.grammar.gender === "feminine" ? feminine : masculine;
}

/** A place with its preposition: « en France », « au Maroc ». */
export function inCountry(country: { preposition: string; name: string }): string {
  return `${country.preposition} ${country.name}`;
}

/**
 * A title as it reads inside a sentence: « Lead développeur » → « lead développeur »; acronyms and names keep
 * their capital (« CTO », « Node.js » stays as it is when its second letter is a capital or it has none).
 */
export function lowerTitle(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.replace(/^./u, (c) => c.toLocaleLowerCase("fr")) : title;
}

/** The first letter in capitals: « Au Maroc ». */
export function capitalise(text: string): string {
  return text.replace(/^./u, (c) => c.toLocaleUpperCase("fr"));
}

const pluralRules = new Intl.PluralRules("fr");
const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** French's plural category for a count (0 and 1 are singular in French). */
function isSingular(n: number): boolean {
  return pluralRules.select(n) === "one";
}

/** The form for a count: pick(2, "article", "articles") → "articles". */
export function pick(n: number, one: string, other: string): string {
  return isSingular(n) ? one : other;
}

/** A count and its noun: count(1, "mission", "missions") → « 1 mission », count(3, …) → « 3 missions ». */
export function count(n: number, one: string, other: string): string {
  return `${integer.format(n)} ${pick(n, one, other)}`;
}

/** All of a counted set: « les deux », « les trois », « les 12 » (the noun, if any, follows). */
export function allOf(n: number): string {
  return `les ${countInWords(n)}`;
}
