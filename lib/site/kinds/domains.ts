import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { referentialKind } from "@/lib/site/kinds/kind";
import { romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { domainsPath, homePath } from "@/lib/site/routes";

/** Every grand domaine: the way in by domain. */
export const domains = referentialKind({
  key: "domains",
  route: "app/domaines/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: domainsPath,
      params: {},
      title: "Les métiers par domaine",
      heading: "Les métiers par domaine",
      label: "Les métiers par domaine",
      crumb: "Domaines",
      parent: homePath,
      description: `Les ${rome.referential.fiches.length} fiches métiers du ROME rangées en ${rome.referential.grandDomains.length} grands domaines et ${rome.referential.domains.length} domaines professionnels, d'après France Travail.`,
      preview: {
        eyebrow: "Les métiers par domaine",
        heading: `${rome.referential.grandDomains.length} grands domaines`,
        figures: [{ value: count(rome.referential.fiches.length, "fiche métier", "fiches métiers"), label: "du ROME de France Travail" }],
      },
    },
  ],
});
