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
  roles: ReadonlyArray<{ slug: string; salaryCountries: readonly string[] }>;
}

/** Every page path of the site (the 404 page excepted). */
export function allPagePaths(content: RoutableContent): string[] {
  const paths = [homePath, sourcesPath];
  for (const role of content.roles) {
    for (const section of roleSections) paths.push(rolePath(role.slug, section.key));
    for (const country of role.salaryCountries) paths.push(salaryPath(role.slug, country));
    for (const [a, b] of countryPairs(role.salaryCountries)) paths.push(comparePath(role.slug, pairSlug(a, b)));
  }
  return paths;
}
