import type { ReferentialIndex } from "@/lib/domain/referential";
import { count } from "@/lib/site/french";
import { fit } from "@/lib/site/fit-text";
import { referentialKind } from "@/lib/site/kinds/kind";
import { descriptionMax, romePage } from "@/lib/site/kinds/referential-page";
import type { PageSpec } from "@/lib/site/page-spec";
import { titlesIndexPath, titlesLetterPath } from "@/lib/site/routes";

/** One page per letter (or part of a letter) of the A–Z index of job titles. */
export const titlesLetter = referentialKind({
  key: "titles-letter",
  route: "app/metiers-a-z/[lettre]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.titlesPages.map((p) => {
      const letter = p.letter.toUpperCase();
      const name = p.parts > 1 ? `${letter} (${p.part} sur ${p.parts})` : letter;
      const n = count(p.titles.length, "intitulé", "intitulés");
      return {
        ...romePage,
        path: titlesLetterPath(p.key),
        params: { lettre: p.key },
        title: `Métiers en ${name}`,
        heading: `Les métiers en ${name}`,
        eyebrow: "Les métiers de A à Z",
        label: `Métiers en ${name}`,
        crumb: name,
        parent: titlesIndexPath,
        description: fit(
          [
            `${n} d'emploi en ${letter}, de « ${p.first} » à « ${p.last} », chacun relié à sa fiche métier du ROME.`,
            `${n} d'emploi en ${letter}${p.parts > 1 ? `, partie ${p.part} sur ${p.parts}` : ""}, chacun relié à sa fiche métier du ROME de France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: titlesIndexPath,
        preview: { eyebrow: "Les métiers de A à Z", heading: `Les métiers en ${name}`, figures: [] },
      };
    }),
});
