import { compareSources, getCountryPairs } from "@/lib/domain/compare";
import { count } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface RoleSections {
    comparer: true;
  }
}

/** Countries side by side, and what each source says, section by section: it cites every other section's sources. */
export const comparer = sectionKind({
  key: "comparer",
  label: "Comparer",
  route: "app/metiers/[metier]/comparer/page.tsx",
  summary: () => "Pays côte à côte, et ce que dit chaque source",
  page: (role, content) => {
    const pairs = getCountryPairs(role, content.countries);
    return {
      // The subjects each source speaks of, section by section.
      shows: compareSources(
        role,
        content,
        content.sources.map((s) => s.id),
      ).map((t) => [t.label, t.concepts.map((c) => c.label), t.sharedExamples]),
      title: `Comparer : ${role.title}`,
      heading: "Comparer",
      eyebrow: role.title,
      description: `${role.title} : les pays côte à côte (salaires convertis, taux indiqué) et, rubrique par rubrique, ce que dit chaque source.`,
      preview: {
        eyebrow: role.title,
        heading: "Comparer",
        figures: [
          { value: count(pairs.length, "paire de pays", "paires de pays"), label: "et les sources côte à côte, rubrique par rubrique" },
        ],
      },
    };
  },
});
