/** The URL scheme: every path of the site is built here. Which pages exist is the registry's business (registry.ts). */

import type { RoleSectionKey } from "@/lib/site/registry";

export type { RoleSectionKey };

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

/** An occupation's page, or one of its sections: `/metiers/developpeur-back-end/missions`. */
export function rolePath(role: string, section: RoleSectionKey = "role"): string {
  return `/metiers/${role}${section === "role" ? "" : `/${section}`}`;
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
