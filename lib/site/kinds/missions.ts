import { itemSources, linkedSources } from "@/lib/site/citations";
import { count, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    missions: true;
  }
}

/** What the job consists of: its missions and the phases of the work. */
export const missions = sectionKind({
  key: "missions",
  label: "Missions",
  route: "app/metiers/[metier]/missions/page.tsx",
  sources: (occupation) => [
    ...itemSources([...occupation.missions.items, ...occupation.missions.phases]),
    ...linkedSources(occupation.missions.body),
  ],
  summary: (occupation) =>
    `${count(occupation.missions.items.length, "mission", "missions")} et ${count(occupation.missions.phases.length, "phase de travail", "phases de travail")}`,
  page: (occupation) => ({
    shows: occupation.missions,
    title: `Missions : ${occupation.title}`,
    heading: `Les missions ${ofTheNoun(occupation)}`,
    eyebrow: occupation.title,
    description: occupation.missions.description,
    preview: {
      eyebrow: occupation.title,
      heading: "Les missions",
      figures: [
        {
          value: count(occupation.missions.items.length, "mission", "missions"),
          label: count(occupation.missions.phases.length, "phase de travail", "phases de travail"),
        },
      ],
    },
  }),
});
