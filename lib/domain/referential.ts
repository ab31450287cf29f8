import type { Referential, RomeFiche, RomeInterest, RomeSkill } from "@/lib/referential/model";
import { slugify } from "@/lib/content/slug";

/**
 * What the pages need of the national referential, computed from the referential they are given: lookups by code,
 * the emplois under a métier, fiches by domain and by centre d'intérêt, the A–Z pages of job titles, and the search
 * index's entries. Pure functions: nothing here reads a file.
 */

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** Accents, case and punctuation folded away: « Développeuse back-end » → « developpeuse back end » (the slug's words). */
export function foldForSearch(text: string): string {
  return slugify(text).replaceAll("-", " ");
}

/** Words too common to narrow a search (the same list as public/scripts/title-match.js; a unit test compares them). */
export const searchFiller = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux", "un", "une"]);

/** The search shard a folded word belongs to: its first three letters (a shorter word is its own key). */
export function searchKey(word: string): string {
  return word.slice(0, 3);
}

/** A centre d'intérêt's address: its label without the « J'ai / J'aime / Je souhaite / Je suis » that opens it. */
function interestSlug(interest: Pick<RomeInterest, "label">): string {
  return slugify(interest.label.replace(/^(j'ai|j'aime|je souhaite|je suis)\s+/i, ""));
}

/** One page of the A–Z index: a letter, or a part of a letter when it has many titles. */
interface TitlesPage {
  /** The address segment: `a`, or `c-2` for the second part of C. */
  key: string;
  letter: string;
  /** 1-based part of the letter, and how many parts the letter has. */
  part: number;
  parts: number;
  /** First and last title of the page (for « Cha… à Chef… » labels). */
  first: string;
  last: string;
  titles: { label: string; code: string; principal: boolean }[];
}

/** At most this many titles on one A–Z page, so each stays light on a phone (about 10 KB of HTML, compressed). */
const titlesPerPage = 300;

/** The letter a title is filed under: its first letter without accent, « 0-9 » for a digit. */
function titleLetter(label: string): string {
  const first = foldForSearch(label).charAt(0);
  return /[0-9]/.test(first) ? "0-9" : first || "?";
}

export interface ReferentialIndex {
  referential: Referential;
  fiche(code: string): RomeFiche | undefined;
  /** The emplois whose « métier » fiche is `code` (itself excluded), by code. */
  emplois(code: string): RomeFiche[];
  grandDomainLabel(code: string): string;
  domainLabel(code: string): string;
  /** Fiches of a domaine professionnel, by code. */
  fichesOfDomain(domain: string): RomeFiche[];
  /** Domaines professionnels of a grand domaine, by code. */
  domainsOf(grandDomain: string): { code: string; label: string }[];
  interest(code: string): (RomeInterest & { slug: string }) | undefined;
  interests: (RomeInterest & { slug: string })[];
  /** Fiches of a centre d'intérêt: its main ones first, then the others, each by title. */
  fichesOfInterest(code: string): { fiche: RomeFiche; principal: boolean }[];
  sectorLabel(code: string): string | undefined;
  /** The A–Z pages, in order. */
  titlesPages: TitlesPage[];
}

/** Adds `value` to the list kept under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes over the referential, built once per process. */
export function indexReferential(referential: Referential): ReferentialIndex {
  const byCode = new Map(referential.fiches.map((f) => [f.code, f]));
  const emplois = new Map<string, RomeFiche[]>();
  const byDomain = new Map<string, RomeFiche[]>();
  const byInterest = new Map<string, { fiche: RomeFiche; principal: boolean }[]>();
  for (const f of referential.fiches) {
    if (f.parent !== f.code) push(emplois, f.parent, f);
    push(byDomain, f.domain, f);
    for (const i of f.interests) push(byInterest, i.code, { fiche: f, principal: i.principal });
  }
  for (const list of byInterest.values())
    list.sort((a, b) => Number(b.principal) - Number(a.principal) || collator.compare(a.fiche.title, b.fiche.title));
  const grandDomains = new Map(referential.grandDomains.map((g) => [g.code, g.label]));
  const domains = new Map(referential.domains.map((d) => [d.code, d.label]));
  const sectors = new Map(referential.sectors.map((s) => [s.code, s.label]));
  const interests = referential.interests.map((i) => ({ ...i, slug: interestSlug(i) }));
  const interestByCode = new Map(interests.map((i) => [i.code, i]));
  return {
    referential,
    fiche: (code) => byCode.get(code),
    emplois: (code) => emplois.get(code) ?? [],
    grandDomainLabel: (code) => grandDomains.get(code) ?? code,
    domainLabel: (code) => domains.get(code) ?? code,
    fichesOfDomain: (domain) => byDomain.get(domain) ?? [],
    domainsOf: (grandDomain) => referential.domains.filter((d) => d.code.startsWith(grandDomain)),
    interest: (code) => interestByCode.get(code),
    interests,
    fichesOfInterest: (code) => byInterest.get(code) ?? [],
    sectorLabel: (code) => sectors.get(code),
    titlesPages: titlesPages(referential),
  };
}

/** Every job title of every fiche, filed by letter and cut into pages of at most `titlesPerPage`. */
function titlesPages(referential: Referential): TitlesPage[] {
  const all = referential.fiches
    .flatMap((f) => f.titles.map((t) => ({ label: t.label, code: f.code, principal: t.principal })))
    .sort((a, b) => collator.compare(a.label, b.label) || a.code.localeCompare(b.code));
  const byLetter = new Map<string, typeof all>();
  for (const t of all) {
    const letter = titleLetter(t.label);
    push(byLetter, letter, t);
  }
  const pages: TitlesPage[] = [];
  for (const [letter, titles] of [...byLetter].sort(([a], [b]) => collator.compare(a, b))) {
    const parts = Math.ceil(titles.length / titlesPerPage);
    // Parts of equal size rather than full pages and a small last one.
    const size = Math.ceil(titles.length / parts);
    for (let part = 1; part <= parts; part++) {
      const slice = titles.slice((part - 1) * size, part * size);
      const first = slice[0];
      const last = slice.at(-1);
      if (!first || !last) continue;
      pages.push({
        key: part === 1 ? letter : `${letter}-${part}`,
        letter,
        part,
        parts,
        first: first.label,
        last: last.label,
        titles: slice,
      });
    }
  }
  return pages;
}

/**
 * Savoir-faire (or savoirs) in groups, in the order the referential gives them, core items first in each group. A
 * group of one item says nothing its item does not: such items go together in a last group, without a heading (null).
 */
export function groupSkills(skills: readonly RomeSkill[]): { group: string | null; items: RomeSkill[] }[] {
  const groups = new Map<string | null, RomeSkill[]>();
  for (const s of skills) push(groups, s.group, s);
  const rank = (s: RomeSkill) => (s.mark === "core" ? 0 : s.mark === "emerging" ? 1 : 2);
  const sorted = (items: RomeSkill[]) => [...items].sort((a, b) => rank(a) - rank(b));
  const headed = [...groups].filter(([group, items]) => group !== null && items.length > 1);
  const rest = [...groups].filter(([group, items]) => group === null || items.length <= 1).flatMap(([, items]) => items);
  return [
    ...headed.map(([group, items]) => ({ group, items: sorted(items) })),
    ...(rest.length ? [{ group: null, items: sorted(rest) }] : []),
  ];
}

/** Work contexts by type, types in the referential's order of first appearance. */
export function groupContexts(fiche: RomeFiche): { type: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of fiche.contexts) push(groups, c.type, c.label);
  return [...groups].map(([type, labels]) => ({ type, labels }));
}

/** One entry of the title search: the folded title, the fiche it belongs to, and whether it is the fiche's own title. */
export interface SearchTitle {
  label: string;
  code: string;
  principal: boolean;
}

/** Every title of the referential, for the search index. */
export function searchTitles(referential: Referential): SearchTitle[] {
  return referential.fiches.flatMap((f) => f.titles.map((t) => ({ label: t.label, code: f.code, principal: t.principal })));
}
