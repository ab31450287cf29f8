import { itemSources, linkedSources } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { count, inSentence } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface RoleSections {
    formation: true;
  }
}

/** How to get in: the training paths the sources cite. */
export const formation = sectionKind({
  key: "formation",
  label: "Formation",
  route: "app/metiers/[metier]/formation/page.tsx",
  sources: (role) => [...itemSources(role.training.paths), ...linkedSources(role.training.body)],
  summary: (role) => count(role.training.paths.length, "voie d'accès citée", "voies d'accès citées"),
  page: (role) => ({
    shows: role.training,
    title: `Formation : ${role.title}`,
    heading: `Devenir ${inSentence(role)}`,
    eyebrow: role.title,
    description: role.training.description,
    preview: {
      eyebrow: role.title,
      heading: "La formation",
      figures: [
        {
          value: count(role.training.paths.length, "voie d'accès", "voies d'accès"),
          label: formatList(
            role.training.paths.map((p) => p.title),
            "disjunction",
          ),
        },
      ],
    },
  }),
});
