import { itemSources, linkedSources } from "@/lib/site/citations";
import { count, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface RoleSections {
    competences: true;
  }
}

/** The skills: technical ones and savoir-être. */
export const competences = sectionKind({
  key: "competences",
  label: "Compétences",
  route: "app/metiers/[metier]/competences/page.tsx",
  sources: (role) => [...itemSources([...role.skills.technical, ...role.skills.interpersonal]), ...linkedSources(role.skills.body)],
  summary: (role) =>
    `${count(role.skills.technical.length, "compétence technique", "compétences techniques")} et ${role.skills.interpersonal.length} savoir-être`,
  page: (role) => ({
    shows: role.skills,
    title: `Compétences : ${role.title}`,
    heading: `Les compétences ${ofTheNoun(role)}`,
    eyebrow: role.title,
    description: role.skills.description,
    preview: {
      eyebrow: role.title,
      heading: "Les compétences",
      figures: [
        {
          value: count(role.skills.technical.length, "compétence technique", "compétences techniques"),
          label: `et ${role.skills.interpersonal.length} savoir-être`,
        },
      ],
    },
  }),
});
