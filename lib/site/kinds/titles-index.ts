import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { referentialKind } from "@/lib/site/kinds/kind";
import { romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, titlesIndexPath } from "@/lib/site/routes";

/** The A–Z index of every job title: its letters. */
export const titlesIndex = referentialKind({
  key: "titles-index",
  route: "app/metiers-a-z/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => {
    const titles = rome.referential.fiches.reduce((n, f) => n + f.titles.length, 0);
    return [
      {
        ...romePage,
        inDirectory: true,
        group: undefined,
        path: titlesIndexPath,
        params: {},
        title: "Les métiers de A à Z",
        heading: "Les métiers de A à Z",
        label: "Les métiers de A à Z",
        crumb: "Métiers de A à Z",
        parent: homePath,
        description: `Les ${count(titles, "intitulé", "intitulés")} d'emploi du ROME, de A à Z, chacun relié à sa fiche métier : le bon point de départ sans moteur de recherche.`,
        preview: {
          eyebrow: "Les métiers de A à Z",
          heading: "Tous les intitulés d'emploi",
          figures: [
            {
              value: count(titles, "intitulé", "intitulés"),
              label: `pour ${count(rome.referential.fiches.length, "fiche", "fiches")} du ROME`,
            },
          ],
        },
      },
    ];
  },
});
