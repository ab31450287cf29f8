import { referentialKind } from "@/lib/site/kinds/kind";
import { romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { compareFichesPath, homePath } from "@/lib/site/routes";

/** Any two fiches side by side: one page, filled by its script from the two fiches' open data (`?metiers=A,B`). */
export const compareFiches = referentialKind({
  key: "compare-fiches",
  route: "app/comparer/page.rome.tsx",
  pages: (): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: compareFichesPath,
      params: {},
      title: "Comparer deux métiers",
      heading: "Comparer deux métiers",
      label: "Comparer deux métiers",
      crumb: "Comparer",
      parent: homePath,
      description:
        "Deux fiches métiers du ROME côte à côte : savoir-faire et savoirs en commun, accès, conditions de travail, domaines, profil RIASEC et mobilité.",
      preview: { eyebrow: "Les fiches du ROME", heading: "Comparer deux métiers", figures: [] },
    },
  ],
});
