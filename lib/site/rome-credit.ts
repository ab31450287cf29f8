import type { Referential } from "@/lib/referential/model";

/**
 * How the guide credits the national referential, as its licence asks (the source and the date of its last
 * update): one wording, used on every page that shows it, in its open data and in its structured data.
 */

/** The dataset's page and the licence's text. */
export const romeLinks = {
  dataset: "https://francetravail.org/opendata/repertoire-operationnel-des-meti.html",
  licence: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;

const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** « version 60 (septembre 2025) » */
export function romeEdition(version: Referential["version"]): string {
  return `version ${version.number} (${monthYear.format(new Date(`${version.published}T00:00:00Z`))})`;
}

/** « France Travail, ROME 4.0, version 60 (septembre 2025), Licence Ouverte 2.0 » */
export function romeCredit(version: Referential["version"]): string {
  return `France Travail, ROME 4.0, ${romeEdition(version)}, Licence Ouverte 2.0`;
}
