/** Every URL of the site is built here, so pages, navigation, sitemap and tests agree. */

/** The sections of an occupation, in the order of its navigation. */
export const roleSections = [
  { key: "role", segment: "", label: "Le métier" },
  { key: "missions", segment: "missions", label: "Missions" },
  { key: "competences", segment: "competences", label: "Compétences" },
  { key: "formation", segment: "formation", label: "Formation" },
  { key: "salaires", segment: "salaires", label: "Salaires" },
  { key: "evolution", segment: "evolution", label: "Évolution" },
  { key: "comparer", segment: "comparer", label: "Comparer" },
] as const;

export type RoleSectionKey = (typeof roleSections)[number]["key"];

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
  roleFacts: (role: string) => `${role}.json`,
  roleSalaries: (role: string) => `${role}-salaires.csv`,
  glossary: "glossaire.json",
} as const;

export function openDataFilePath(name: string): string {
  return `${openDataPath}/${name}`;
}

export function rolePath(role: string, section: RoleSectionKey = "role"): string {
  const segment = roleSections.find((s) => s.key === section)?.segment ?? "";
  return `/metiers/${role}${segment ? `/${segment}` : ""}`;
}

export function salaryPath(role: string, country: string): string {
  return `${rolePath(role, "salaires")}/${country}`;
}

export function comparePath(role: string, pair?: string): string {
  return `${rolePath(role, "comparer")}${pair ? `/${pair}` : ""}`;
}

/** The occupation's printable fiche: every section on one page (not a tab: a link from each section). */
export function fichePath(role: string): string {
  return `${rolePath(role)}/fiche`;
}

/** The page's 1200×630 preview image. The `.png` ending lets any static host send it as image/png. */
export function previewImagePath(pagePath: string): string {
  return `/apercus${pagePath === homePath ? "/accueil" : pagePath}.png`;
}

export function sourcePath(source: string): string {
  return `${sourcesPath}#${source}`;
}

/** The slug of a pair of countries, in its one canonical (alphabetical) order: `france-maroc`. */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join("-");
}

/** All unordered pairs of the given country slugs, each in canonical order. */
export function countryPairs(countries: readonly string[]): [string, string][] {
  const sorted = [...new Set(countries)].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i], sorted[j]]);
  return pairs;
}

/** The shape of content this module needs to list the site's pages. */
export interface RoutableContent {
  roles: ReadonlyArray<{ slug: string; updated: string; salaryCountries: readonly string[] }>;
}

/** A page of the site and the day its content last changed. */
export interface SitePage {
  path: string;
  /** ISO day (YYYY-MM-DD), from content dates, never the build time. */
  lastModified: string;
}

/** Every page of the site (the 404 page excepted), with the date of the content it shows. */
export function allPages(content: RoutableContent): SitePage[] {
  const newest = content.roles.map((r) => r.updated).sort().at(-1) ?? "1970-01-01";
  const pages: SitePage[] = [
    { path: homePath, lastModified: newest },
    { path: sourcesPath, lastModified: newest },
    { path: glossaryPath, lastModified: newest },
    { path: openDataPath, lastModified: newest },
    { path: searchPath, lastModified: newest },
  ];
  for (const role of content.roles) {
    const add = (path: string) => pages.push({ path, lastModified: role.updated });
    for (const section of roleSections) add(rolePath(role.slug, section.key));
    for (const country of role.salaryCountries) add(salaryPath(role.slug, country));
    for (const [a, b] of countryPairs(role.salaryCountries)) add(comparePath(role.slug, pairSlug(a, b)));
    add(fichePath(role.slug));
  }
  return pages;
}

/** Every page path of the site. */
export function allPagePaths(content: RoutableContent): string[] {
  return allPages(content).map((p) => p.path);
}
