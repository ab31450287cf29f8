import { itemSources, linkedSources } from "@/lib/site/citations";
import { count, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface RoleSections {
    missions: true;
  }
}

/** What the job consists of: its missions and the phases of the work. */
export const missions = sectionKind({
  key: "missions",
  label: "Missions",
  route: "app/metiers/[metier]/missions/page.tsx",
  sources: (role) => [...itemSources([...role.missions.items, ...role.missions.phases]), ...linkedSources(role.missions.body)],
  summary: (role) =>
    `${count(role.missions.items.length, "mission", "missions")} et ${count(role.missions.phases.length, "phase de travail", "phases de travail")}`,
  page: (role) => ({
    shows: role.missions,
    title: `Missions : ${role.title}`,
    heading: `Les missions ${ofTheNoun(role)}`,
    eyebrow: role.title,
    description: role.missions.description,
    preview: {
      eyebrow: role.title,
      heading: "Les missions",
      figures: [
        {
          value: count(role.missions.items.length, "mission", "missions"),
          label: count(role.missions.phases.length, "phase de travail", "phases de travail"),
        },
      ],
    },
  }),
});
