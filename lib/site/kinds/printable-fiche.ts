import { salaryFigures } from "@/lib/site/kinds/salary-labels";
import { occupationKind } from "@/lib/site/kinds/kind";
import { fichePath, rolePath } from "@/lib/site/routes";

/** The occupation's printable fiche: every section on one page, with the sources of all of them. */
export const printableFiche = occupationKind({
  key: "fiche",
  route: "app/metiers/[metier]/fiche/page.tsx",
  pages: (role, content, sectionSources) => [
    {
      path: fichePath(role.slug),
      // A summary: of each list, the titles (and examples), not the details.
      shows: [
        [
          role.summary,
          role.body,
          role.challenges.map((c) => c.text),
          [...(role.added ?? []), ...(role.career.added ?? [])].map((a) => [a.title, a.text]),
        ],
        // « Après le bac »: its titles only.
        role.training.added?.map((a) => a.title),
        [role.missions.items, role.skills.technical, role.skills.interpersonal, role.training.paths].map((items) =>
          items.map((i) => [i.title, i.examples?.map((e) => e.label)]),
        ),
        [role.missions.phases, role.career.roles].map((list) => list.map((i) => i.title)),
      ],
      params: { metier: role.slug },
      title: `Fiche à imprimer : ${role.title}`,
      heading: role.title,
      eyebrow: "Fiche à imprimer",
      label: "La fiche à imprimer",
      crumb: "Fiche à imprimer",
      parent: rolePath(role.slug),
      description: `${role.title} sur une seule page à imprimer : missions, compétences, formation, salaires, évolutions, sources et QR code vers le guide.`,
      type: "article",
      sources: [...sectionSources],
      role: { slug: role.slug, title: role.title },
      preview: { eyebrow: role.title, heading: "La fiche à imprimer", figures: salaryFigures(role, content.countries) },
    },
  ],
});
