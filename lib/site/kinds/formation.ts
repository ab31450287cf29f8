import { itemSources, linkedSources } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { count, inSentence } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    formation: true;
  }
}

/** How to get in: the training paths the sources cite. */
export const formation = sectionKind({
  key: "formation",
  label: "Formation",
  route: "app/metiers/[metier]/formation/page.tsx",
  sources: (occupation) => [...itemSources(occupation.training.paths), ...linkedSources(occupation.training.body)],
  summary: (occupation) => count(occupation.training.paths.length, "voie d'accès citée", "voies d'accès citées"),
  page: (occupation) => ({
    shows: occupation.training,
    title: `Formation : ${occupation.title}`,
    heading: `Devenir ${inSentence(occupation)}`,
    eyebrow: occupation.title,
    description: occupation.training.description,
    preview: {
      eyebrow: occupation.title,
      heading: "La formation",
      figures: [
        {
          value: count(occupation.training.paths.length, "voie d'accès", "voies d'accès"),
          label: formatList(
            occupation.training.paths.map((p) => p.title),
            "disjunction",
          ),
        },
      ],
    },
  }),
});
