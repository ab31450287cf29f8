import type { ReferentialIndex } from "@/lib/domain/referential";
import type { RomeFiche } from "@/lib/referential/model";
import { count } from "@/lib/site/french";
import { fit, shorten } from "@/lib/site/fit-text";
import { referentialKind } from "@/lib/site/kinds/kind";
import { titleMax, descriptionMax, romePage, grandDomainImage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { domainPath, romeFichePath } from "@/lib/site/routes";

/** One page per fiche of the referential (`/fiches/m1855`). */
export const romeFiche = referentialKind({
  key: "rome-fiche",
  route: "app/fiches/[fiche]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.fiches.map((fiche: RomeFiche) => {
      const titles = count(fiche.titles.length, "intitulé", "intitulés");
      return {
        ...romePage,
        path: romeFichePath(fiche.code),
        params: { fiche: fiche.code.toLowerCase() },
        // The code makes every title unique, and tells a counsellor which fiche it is.
        title: `${shorten(fiche.title, titleMax - ` (${fiche.code})`.length)} (${fiche.code})`,
        heading: fiche.title,
        eyebrow: `Fiche ROME ${fiche.code}`,
        label: fiche.title,
        crumb: fiche.title,
        parent: domainPath(fiche.grandDomain, fiche.domain),
        description: fit(
          [
            `${fiche.title} (fiche ROME ${fiche.code}) : le métier, l'accès, les compétences, les conditions de travail et les métiers proches, selon France Travail.`,
            `${fiche.title} (${fiche.code}) : le métier, l'accès, les compétences et les métiers proches, selon France Travail.`,
            `Fiche ROME ${fiche.code} : le métier, ses ${titles}, l'accès, les compétences, les conditions de travail et les métiers proches, selon France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: grandDomainImage(fiche.grandDomain),
        preview: { eyebrow: `Fiche ROME ${fiche.code}`, heading: fiche.title, figures: [] },
      };
    }),
});
