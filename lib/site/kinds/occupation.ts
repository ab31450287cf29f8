import { linkedSources } from "@/lib/site/citations";
import { sectionKind } from "@/lib/site/kinds/kind";
import { salaryFigures } from "@/lib/site/kinds/salary-labels";

/** The occupation's own page (its section `occupation`, at /metiers/<slug>): what the job is, in short. */
export const occupation = sectionKind({
  key: "occupation",
  label: "Le métier",
  route: "app/metiers/[metier]/page.tsx",
  sources: (occupation) => [
    ...occupation.aliases.flatMap((a) => a.sources),
    ...[...occupation.context, ...occupation.challenges].flatMap((c) => c.sources),
    ...linkedSources(occupation.body),
    ...occupation.salaries.map((s) => s.source),
    ...occupation.training.paths.flatMap((p) => p.sources),
    ...occupation.career.paths.flatMap((p) => p.sources),
  ],
  page: (occupation, content) => ({
    shows: [occupation.summary, occupation.body, occupation.aliases, occupation.context, occupation.challenges, occupation.added],
    title: `${occupation.title} : le métier`,
    heading: occupation.title,
    eyebrow: "Fiche métier",
    description: occupation.description,
    preview: { eyebrow: "Fiche métier", heading: occupation.title, figures: salaryFigures(occupation, content.countries) },
  }),
});
