import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { fit, shorten } from "@/lib/site/fit-text";
import { referentialKind } from "@/lib/site/kinds/kind";
import { titleMax, descriptionMax, romePage, grandDomainImage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { domainPath } from "@/lib/site/routes";

/** One page per domaine professionnel, listing its fiches. */
export const domain = referentialKind({
  key: "domain",
  route: "app/domaines/[grand]/[domaine]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.domains.map((d) => {
      const letter = d.code.charAt(0);
      const n = count(rome.fichesOfDomain(d.code).length, "fiche métier", "fiches métiers");
      return {
        ...romePage,
        path: domainPath(letter, d.code),
        params: { grand: letter.toLowerCase(), domaine: d.code.toLowerCase() },
        title: `${shorten(d.label, titleMax - ` (${d.code})`.length)} (${d.code})`,
        heading: d.label,
        eyebrow: `Domaine professionnel ${d.code}`,
        label: d.label,
        crumb: d.label,
        parent: domainPath(letter),
        description: fit(
          [
            `${d.label} (domaine professionnel ${d.code}) : ${n}, avec leur métier, leur accès et leurs compétences, d'après le ROME de France Travail.`,
            `Domaine professionnel ${d.code} du ROME : ${n}, avec leur métier, leur accès et leurs compétences, d'après France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: grandDomainImage(letter),
        preview: { eyebrow: `Domaine professionnel ${d.code}`, heading: d.label, figures: [] },
      };
    }),
});
