import { careerDestinations } from "@/lib/domain/career";
import { linkedSources } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { count, inSentence } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface RoleSections {
    evolution: true;
  }
}

/** Where the job leads: the career paths, as a graph and in words. */
export const evolution = sectionKind({
  key: "evolution",
  label: "Évolution",
  route: "app/metiers/[metier]/evolution/page.tsx",
  sources: (role) => [...role.career.paths.flatMap((p) => p.sources), ...linkedSources(role.career.body)],
  summary: (role) => `${count(careerDestinations(role.career).length, "évolution possible", "évolutions possibles")}, en schéma et en mots`,
  page: (role) => {
    const destinations = careerDestinations(role.career);
    return {
      shows: role.career,
      title: `Évolution : ${role.title}`,
      heading: `Évoluer quand on est ${inSentence(role)}`,
      eyebrow: role.title,
      description: role.career.description,
      preview: {
        eyebrow: role.title,
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
