import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { fit } from "@/lib/site/fit-text";
import { referentialKind } from "@/lib/site/kinds/kind";
import { titleMax, descriptionMax, romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { domainPath, domainsPath } from "@/lib/site/routes";

/** One page per grand domaine, listing its domaines professionnels. */
export const grandDomain = referentialKind({
  key: "grand-domain",
  route: "app/domaines/[grand]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.grandDomains.map((g) => {
      const domains = rome.domainsOf(g.code);
      const fiches = domains.reduce((n, d) => n + rome.fichesOfDomain(d.code).length, 0);
      const counts = `${count(fiches, "fiche métier", "fiches métiers")} en ${count(domains.length, "domaine professionnel", "domaines professionnels")}`;
      return {
        ...romePage,
        path: domainPath(g.code),
        params: { grand: g.code.toLowerCase() },
        title: fit([`Métiers : ${g.label}`], titleMax),
        heading: g.label,
        eyebrow: `Grand domaine ${g.code}`,
        label: g.label,
        crumb: g.label,
        parent: domainsPath,
        description: fit(
          [
            `${g.label} : ${counts}, chacune avec son métier, son accès et ses compétences, d'après le ROME de France Travail.`,
            `Grand domaine ${g.code} du ROME : ${counts}, chacune avec son métier, son accès et ses compétences, d'après France Travail.`,
          ],
          descriptionMax,
        ),
        preview: {
          eyebrow: `Fiches métiers · grand domaine ${g.code}`,
          heading: g.label,
          figures: [
            {
              value: count(fiches, "fiche", "fiches"),
              label: `en ${count(domains.length, "domaine professionnel", "domaines professionnels")}, ROME 4.0`,
            },
          ],
        },
      };
    }),
});
