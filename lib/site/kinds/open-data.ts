import type { Content } from "@/lib/content/load";
import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, openDataPath } from "@/lib/site/routes";

/** The open data page: the fiches in JSON and the salaries in CSV, and how to cite them. */
export const openData = guideKind({
  key: "open-data",
  route: "app/donnees/page.tsx",
  page: (content: Content): PageSpec => ({
    path: openDataPath,
    params: {},
    title: "Données ouvertes",
    heading: "Données ouvertes",
    label: "Les données ouvertes",
    crumb: "Données ouvertes",
    parent: homePath,
    description:
      "Les fiches en JSON (les nôtres sous CC BY 4.0, celles du ROME sous Licence Ouverte 2.0) et les salaires en CSV : adresses, champs, façon de citer.",
    type: "article",
    sources: content.sources.map((s) => s.id),
    preview: {
      eyebrow: "Données ouvertes",
      heading: "Les fiches en JSON et en CSV",
      figures: [{ value: "CC BY 4.0", label: "à réutiliser en citant le guide et ses sources" }],
    },
  }),
});
