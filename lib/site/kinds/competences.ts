import { itemSources, linkedSources } from "@/lib/site/citations";
import { count, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    competences: true;
  }
}

/** The skills: technical ones and savoir-être. */
export const competences = sectionKind({
  key: "competences",
  label: "Compétences",
  route: "app/metiers/[metier]/competences/page.tsx",
  sources: (occupation) => [
    ...itemSources([...occupation.skills.technical, ...occupation.skills.interpersonal]),
    ...linkedSources(occupation.skills.body),
  ],
  summary: (occupation) =>
    `${count(occupation.skills.technical.length, "compétence technique", "compétences techniques")} et ${occupation.skills.interpersonal.length} savoir-être`,
  page: (occupation) => ({
    shows: occupation.skills,
    title: `Compétences : ${occupation.title}`,
    heading: `Les compétences ${ofTheNoun(occupation)}`,
    eyebrow: occupation.title,
    description: occupation.skills.description,
    preview: {
      eyebrow: occupation.title,
      heading: "Les compétences",
      figures: [
        {
          value: count(occupation.skills.technical.length, "compétence technique", "compétences techniques"),
          label: `et ${occupation.skills.interpersonal.length} savoir-être`,
        },
      ],
    },
  }),
});
