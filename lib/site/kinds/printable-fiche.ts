import { salaryFigures } from "@/lib/site/kinds/salary-labels";
import { occupationKind } from "@/lib/site/kinds/kind";
import { fichePath, occupationPath } from "@/lib/site/routes";

/** The occupation's printable fiche: every section on one page, with the sources of all of them. */
export const printableFiche = occupationKind({
  key: "fiche",
  route: "app/metiers/[metier]/fiche/page.tsx",
  pages: (occupation, content, sectionSources) => [
    {
      path: fichePath(occupation.slug),
      // A summary: of each list, the titles (and examples), not the details.
      shows: [
        [
          occupation.summary,
          occupation.body,
          occupation.challenges.map((c) => c.text),
          [...(occupation.added ?? []), ...(occupation.career.added ?? [])].map((a) => [a.title, a.text]),
        ],
        // « Après le bac »: its titles only.
        occupation.training.added?.map((a) => a.title),
        [occupation.missions.items, occupation.skills.technical, occupation.skills.interpersonal, occupation.training.paths].map((items) =>
          items.map((i) => [i.title, i.examples?.map((e) => e.label)]),
        ),
        [occupation.missions.phases, occupation.career.roles].map((list) => list.map((i) => i.title)),
      ],
      params: { metier: occupation.slug },
      title: `Fiche à imprimer : ${occupation.title}`,
      heading: occupation.title,
      eyebrow: "Fiche à imprimer",
      label: "La fiche à imprimer",
      crumb: "Fiche à imprimer",
      parent: occupationPath(occupation.slug),
      description: `${occupation.title} sur une seule page à imprimer : missions, compétences, formation, salaires, évolutions, sources et QR code vers le guide.`,
      type: "article",
      sources: [...sectionSources],
      occupation: { slug: occupation.slug, title: occupation.title },
      preview: { eyebrow: occupation.title, heading: "La fiche à imprimer", figures: salaryFigures(occupation, content.countries) },
    },
  ],
});
