import { domainPath } from "@/lib/site/routes";

/**
 * What the kinds of page made from the national referential (ROME 4.0, France Travail) share: one page per fiche,
 * the ways in by domain, by centre d'intérêt and by job title (A–Z), each a module of this folder.
 */

/** Search engines show about 60 characters of a title; 160 of a description. */
export const titleMax = 60;
export const descriptionMax = 160;

/** « Métiers de A à Z », the directory group of every page made from the referential. */
const romeGroup = "Les fiches du ROME";

/** What every page made from the referential shares. */
export const romePage = { type: "article" as const, sources: [], referential: true, inDirectory: false, group: romeGroup };

/** The shared preview card of a grand domaine, drawn once for its page and shown by every fiche under it. */
export const grandDomainImage = (letter: string) => domainPath(letter);
