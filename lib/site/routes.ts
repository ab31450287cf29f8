/** The URL scheme: every path of the site is built here. Which pages exist is the registry's business (registry.ts). */

/**
 * The sections of an occupation, each a URL segment (`/metiers/<slug>/missions`; `occupation` is the occupation's own
 * page). Each section's kind module adds its key here (`declare module "@/lib/site/routes"`, lib/site/kinds/), so a
 * key is written once, with its section; the registry lists the sections in the order of their navigation, and the
 * type check fails while a key is missing from that list.
 * @public (knip: the modules that add to it name it in `declare module`, not in an import)
 */
export interface OccupationSections {
  occupation: true;
}
export type OccupationSectionKey = keyof OccupationSections;

export const homePath = "/";
export const sourcesPath = "/sources";
export const glossaryPath = "/glossaire";
export const openDataPath = "/donnees";
export const searchPath = "/recherche";

/** A term's definition on the glossary page. */
export function glossaryTermPath(term: string): string {
  return `${glossaryPath}#${term}`;
}

/** Open data files, one name scheme for the route, the pages that link to them and the tests. */
export const openDataFiles = {
  occupationFacts: (occupation: string) => `${occupation}.json`,
  occupationSalaries: (occupation: string) => `${occupation}-salaires.csv`,
  glossary: "glossaire.json",
} as const;

export function openDataFilePath(name: string): string {
  return `${openDataPath}/${name}`;
}

/** An occupation's page, or one of its sections: `/metiers/developpeur-back-end/missions`. */
export function occupationPath(occupation: string, section: OccupationSectionKey = "occupation"): string {
  return `/metiers/${occupation}${section === "occupation" ? "" : `/${section}`}`;
}

export function salaryPath(occupation: string, country: string): string {
  return `${occupationPath(occupation, "salaires")}/${country}`;
}

export function comparePath(occupation: string, pair?: string): string {
  return `${occupationPath(occupation, "comparer")}${pair ? `/${pair}` : ""}`;
}

/** The occupation's printable fiche: every section on one page (not a tab: a link from each section). */
export function fichePath(occupation: string): string {
  return `${occupationPath(occupation)}/fiche`;
}

/** The page's 1200×630 preview image. The `.png` ending lets any static host send it as image/png. */
export function previewImagePath(pagePath: string): string {
  return `/apercus${pagePath === homePath ? "/accueil" : pagePath}.png`;
}

export function sourcePath(source: string): string {
  return `${sourcesPath}#${source}`;
}

// ——— The national referential (ROME 4.0) ———

/** A ROME fiche: `/fiches/m1855`. The code alone keeps the address stable when a title changes between versions. */
export function romeFichePath(code: string): string {
  return `/fiches/${code.toLowerCase()}`;
}

/** Every grand domaine: the way in by domain. */
export const domainsPath = "/domaines";

/** A grand domaine (`/domaines/m`) or one of its domaines professionnels (`/domaines/m/m18`). */
export function domainPath(grandDomain: string, domain?: string): string {
  return `${domainsPath}/${grandDomain.toLowerCase()}${domain ? `/${domain.toLowerCase()}` : ""}`;
}

/** Every centre d'intérêt: the way in by what one likes doing. */
export const interestsPath = "/interets";

export function interestPath(slug: string): string {
  return `${interestsPath}/${slug}`;
}

/** The A–Z index of every job title: its letters, and one page per letter (or group of letters). */
export const titlesIndexPath = "/metiers-a-z";

export function titlesLetterPath(key: string): string {
  return `${titlesIndexPath}/${key}`;
}

// ——— In the pocket: any two fiches side by side, the shortlist, offline reading ———

/** Any two ROME fiches side by side: `/comparer?metiers=M1855,M1805` (the query is read by the page's script). */
export const compareFichesPath = "/comparer";

/** The comparison of `codes` (one code: the page asks for the second). */
export function compareFichesHref(...codes: string[]): string {
  return `${compareFichesPath}?metiers=${codes.join(",")}`;
}

/** The fiches a reader kept on this device. */
export const shortlistPath = "/mes-metiers";

/** What the offline worker shows for a page never opened: the pages kept on this device. */
export const offlinePath = "/hors-ligne";
