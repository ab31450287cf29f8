import { linkedSources } from "@/lib/site/citations";
import { sectionKind } from "@/lib/site/kinds/kind";
import { salaryFigures } from "@/lib/site/kinds/salary-labels";

/** The occupation's own page (its section `role`, at /metiers/<slug>): what the job is, in short. */
export const occupation = sectionKind({
  key: "role",
  label: "Le métier",
  route: "app/metiers/[metier]/page.tsx",
  sources: (role) => [
    ...role.aliases.flatMap((a) => a.sources),
    ...[...role.context, ...role.challenges].flatMap((c) => c.sources),
    ...linkedSources(role.body),
    ...role.salaries.map((s) => s.source),
    ...role.training.paths.flatMap((p) => p.sources),
    ...role.career.paths.flatMap((p) => p.sources),
  ],
  page: (role, content) => ({
    shows: [role.summary, role.body, role.aliases, role.context, role.challenges, role.added],
    title: `${role.title} : le métier`,
    heading: role.title,
    eyebrow: "Fiche métier",
    description: role.description,
    preview: { eyebrow: "Fiche métier", heading: role.title, figures: salaryFigures(role, content.countries) },
  }),
});
