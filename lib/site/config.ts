/** The one site configuration: metadata, sitemap, structured data and preview images read it. */
export const site = {
  name: "Guide des métiers",
  /** Short tagline, shown under the name. */
  tagline: "Des fiches métiers claires, sourcées et gratuites",
  description:
    "Un guide des métiers en français pour élèves, étudiants et conseillers : missions, compétences, formation, salaires et évolutions, sources à l'appui.",
  /**
   * Absolute origin of the deployed site, without trailing slash. Set SITE_URL when building for production;
   * the default serves local previews (`npm start`).
   */
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  locale: "fr_FR",
  language: "fr",
} as const;

export function absoluteUrl(path: string): string {
  return `${site.url}${path === "/" ? "" : path}` || site.url;
}
