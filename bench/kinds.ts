// Kinds of page, by path pattern: what the page-weight summary groups by and what Lighthouse measures one page of.
// A path's kind is the path with its variable segments written `*`: `/fiches/m1855` → `/fiches/*`,
// `/domaines/m/m18` → `/domaines/*/*`, `/metiers/developpeur-back-end/salaires/france` → `/metiers/*/salaires/*`.
// A path of no known family is a kind of its own (`/glossaire`).

/** First segments whose further segments are parameters (a code, a slug, a letter). */
const collections = new Set(["fiches", "domaines", "interets", "metiers-a-z"]);

export function pageKind(pagePath: string): string {
  const segments = pagePath.split("/").filter(Boolean);
  const [first] = segments;
  if (first === undefined) return "/";
  // `/metiers/<slug>/<section>/<country or pair>`: the slug and the last part vary, the section does not.
  if (first === "metiers") return `/${segments.map((s, i) => (i === 1 || i === 3 ? "*" : s)).join("/")}`;
  if (collections.has(first)) return `/${segments.map((s, i) => (i === 0 ? s : "*")).join("/")}`;
  return `/${segments.join("/")}`;
}

/**
 * The pages Lighthouse measures: the first path of each kind in `paths` (the sitemap's order), and each of `also`
 * that `paths` holds (e.g. `/fiches/m1855`, the fiche the in-depth occupation links to), each labelled by its kind.
 */
export function pagesPerKind(paths: readonly string[], also: readonly string[] = []) {
  const kinds = new Set<string>();
  const chosen = new Set(also);
  for (const p of paths) {
    if (!kinds.has(pageKind(p))) chosen.add(p);
    kinds.add(pageKind(p));
  }
  // In the sitemap's order, so a kind's pages stay together.
  return paths.filter((p) => chosen.has(p)).map((p) => ({ label: pageKind(p), path: p }));
}
