import { careerDestinations } from "@/lib/domain/career";
import { linkedSources } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { count, inSentence } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    evolution: true;
  }
}

/** Where the job leads: the career paths, as a graph and in words. */
export const evolution = sectionKind({
  key: "evolution",
  label: "Évolution",
  route: "app/metiers/[metier]/evolution/page.tsx",
  sources: (occupation) => [...occupation.career.paths.flatMap((p) => p.sources), ...linkedSources(occupation.career.body)],
  summary: (occupation) =>
    `${count(careerDestinations(occupation.career).length, "évolution possible", "évolutions possibles")}, en schéma et en mots`,
  page: (occupation) => {
    const destinations = careerDestinations(occupation.career);
    return {
      shows: occupation.career,
      title: `Évolution : ${occupation.title}`,
      heading: `Évoluer quand on est ${inSentence(occupation)}`,
      eyebrow: occupation.title,
      description: occupation.career.description,
      preview: {
        eyebrow: occupation.title,
        heading: "Les évolutions",
        figures: [
          {
            value: count(destinations.length, "évolution citée", "évolutions citées"),
            label: formatList(destinations.map((d) => d.title)),
          },
        ],
      },
    };
  },
});
