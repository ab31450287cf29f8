import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, searchPath } from "@/lib/site/routes";

/** The search page, which also lists every page for readers without JavaScript. */
export const search = guideKind({
  key: "search",
  route: "app/recherche/page.tsx",
  page: (): PageSpec => ({
    path: searchPath,
    params: {},
    title: "Rechercher dans le guide",
    heading: "Rechercher dans le guide",
    label: "Rechercher",
    crumb: "Recherche",
    parent: homePath,
    description:
      "Chercher un mot dans toutes les pages du guide des métiers (missions, compétences, formation, salaires), ou parcourir la liste complète des pages.",
    type: "article",
    sources: [],
    preview: { eyebrow: "Recherche", heading: "Rechercher dans le guide", figures: [] },
    inDirectory: false,
  }),
});
