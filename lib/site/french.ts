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

/** The noun as it reads inside a sentence: « développeur back-end », « développeur ou développeuse back-end ». */
export function inSentence(noun: Noun): string {
  return both(noun, { m: "", f: "" }) ?? noun.grammar.in_sentence ?? noun.title.toLocaleLowerCase("fr");
}

const startsWithVowel = (word: string) => /^[aeiouyhâàéèêëîïôöûüœ]/i.test(word);

/**
 * A title of both genders in a sentence, each form after its article, the words both forms end with said once:
 * « développeur back-end » and « développeuse back-end » give « le développeur ou la développeuse back-end ».
 * `e`: the elided article (« l' »), when the articles elide. Undefined for a title of one gender.
 */
function both(noun: Noun, articles: { m: string; f: string; e?: string }): string | undefined {
  const { gender, masculine, feminine } = noun.grammar;
  if (gender !== "both" || !masculine || !feminine) return undefined;
  const m = masculine.split(" ");
  const f = feminine.split(" ");
  let shared = 0;
  while (shared < m.length - 1 && shared < f.length - 1 && m[m.length - 1 - shared] === f[f.length - 1 - shared]) shared++;
  const tail = m.slice(m.length - shared).join(" ");
  const article = (word: string, plain: string) =>
    articles.e !== undefined && startsWithVowel(word) ? `${articles.e}${word}` : plain ? `${plain} ${word}` : word;
  const own = (words: string[]) => words.slice(0, words.length - shared).join(" ");
  return `${article(own(m), articles.m)} ou ${article(own(f), articles.f)}${tail ? ` ${tail}` : ""}`;
}

/** With its article: « le développeur back-end », « la technicienne », « l'administratrice réseaux ». */
function withArticle(noun: Noun, articles: { m: string; f: string; e: string }): string {
  const word = inSentence(noun);
  if (noun.grammar.elision) return `${articles.e}${word}`;
  return `${genderOf(noun) === "feminine" ? articles.f : articles.m} ${word}`;
}

/** « le développeur back-end », « la technicienne », « l'administratrice réseaux » */
export function theNoun(noun: Noun): string {
  const articles = { m: "le", f: "la", e: "l'" };
  return both(noun, articles) ?? withArticle(noun, articles);
}

/** « du développeur back-end », « de la technicienne », « de l'administratrice réseaux » */
export function ofTheNoun(noun: Noun): string {
  const articles = { m: "du", f: "de la", e: "de l'" };
  return both(noun, articles) ?? withArticle(noun, articles);
}

/** « un développeur back-end », « une administratrice réseaux » (un, une never elide) */
export function aNoun(noun: Noun): string {
  return both(noun, { m: "un", f: "une" }) ?? `${genderOf(noun) === "feminine" ? "une" : "un"} ${inSentence(noun)}`;
}

/** The gender to agree with: a title of both genders agrees with both (see `agree`). */
function genderOf(noun: Noun): "masculine" | "feminine" {
  return noun.grammar.gender === "feminine" ? "feminine" : "masculine";
}

/** An adjective or participle agreeing with the noun: agree(noun, "appelé", "appelée") → « appelé(e) » for both genders. */
export function agree(noun: Noun, masculine: string, feminine: string): string {
  if (noun.grammar.gender === "both")
    return feminine.startsWith(masculine) ? `${masculine}(${feminine.slice(masculine.length)})` : `${masculine} ou ${feminine}`;
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
