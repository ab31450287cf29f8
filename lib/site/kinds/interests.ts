import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { referentialKind } from "@/lib/site/kinds/kind";
import { romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, interestsPath } from "@/lib/site/routes";

/** Every centre d'intérêt: the way in by what one likes doing. */
export const interests = referentialKind({
  key: "interests",
  route: "app/interets/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: interestsPath,
      params: {},
      title: "Les métiers par centre d'intérêt",
      heading: "Ce que j'aime faire",
      label: "Les métiers par centre d'intérêt",
      crumb: "Centres d'intérêt",
      parent: homePath,
      description: `${count(rome.interests.length, "centre d'intérêt", "centres d'intérêt")} (« J'aime le travail manuel », « Je souhaite transmettre »…) et les métiers qui y répondent, d'après le ROME de France Travail.`,
      preview: {
        eyebrow: "Les métiers par centre d'intérêt",
        heading: "Ce que j'aime faire",
        figures: [{ value: count(rome.interests.length, "centre d'intérêt", "centres d'intérêt"), label: "du ROME de France Travail" }],
      },
    },
  ],
});
