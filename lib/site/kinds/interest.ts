import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { fit } from "@/lib/site/fit-text";
import { referentialKind } from "@/lib/site/kinds/kind";
import { titleMax, descriptionMax, romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { interestPath, interestsPath } from "@/lib/site/routes";

/** One page per centre d'intérêt, listing the fiches that answer it. */
export const interest = referentialKind({
  key: "interest",
  route: "app/interets/[interet]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.interests.map((i) => {
      const n = count(rome.fichesOfInterest(i.code).length, "métier", "métiers");
      return {
        ...romePage,
        path: interestPath(i.slug),
        params: { interet: i.slug },
        title: fit([`${i.label} : les métiers`, i.label], titleMax),
        heading: i.label,
        eyebrow: "Centre d'intérêt",
        label: i.label,
        crumb: i.label,
        parent: interestsPath,
        description: fit(
          [
            `« ${i.label} » : ${n} qui y répondent, chacun avec sa fiche (le métier, l'accès, les compétences), d'après le ROME de France Travail.`,
            `Ce centre d'intérêt : ${n} qui y répondent, chacun avec sa fiche (le métier, l'accès, les compétences), d'après le ROME.`,
          ],
          descriptionMax,
        ),
        // One card for every centre d'intérêt: the index's (drawing 30 more cards would cost more than it tells).
        previewOf: interestsPath,
        preview: { eyebrow: "Centre d'intérêt", heading: i.label, figures: [] },
      };
    }),
});
