import { referentialKind } from "@/lib/site/kinds/kind";
import { romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, shortlistPath } from "@/lib/site/routes";

/** The fiches a reader kept: stored on the device (localStorage), listed by the page's script. */
export const shortlist = referentialKind({
  key: "shortlist",
  route: "app/mes-metiers/page.rome.tsx",
  pages: (): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: shortlistPath,
      params: {},
      title: "Mes métiers",
      heading: "Mes métiers",
      label: "Mes métiers",
      crumb: "Mes métiers",
      parent: homePath,
      description:
        "Les fiches métiers que vous avez gardées, sur cet appareil seulement : à relire, même sans réseau, et à comparer deux par deux.",
      preview: { eyebrow: "Les fiches du ROME", heading: "Mes métiers", figures: [] },
    },
  ],
});
