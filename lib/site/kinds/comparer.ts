import { compareSources, getCountryPairs } from "@/lib/domain/compare";
import { count } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    comparer: true;
  }
}

/** Countries side by side, and what each source says, section by section: it cites every other section's sources. */
export const comparer = sectionKind({
  key: "comparer",
  label: "Comparer",
  route: "app/metiers/[metier]/comparer/page.tsx",
  summary: () => "Pays côte à côte, et ce que dit chaque source",
  page: (occupation, content) => {
    const pairs = getCountryPairs(occupation, content.countries);
    return {
      // The subjects each source speaks of, section by section.
      shows: compareSources(
        occupation,
        content,
        content.sources.map((s) => s.id),
      ).map((t) => [t.label, t.concepts.map((c) => c.label), t.sharedExamples]),
      title: `Comparer : ${occupation.title}`,
      heading: "Comparer",
      eyebrow: occupation.title,
      description: `${occupation.title} : les pays côte à côte (salaires convertis, taux indiqué) et, rubrique par rubrique, ce que dit chaque source.`,
      preview: {
        eyebrow: occupation.title,
        heading: "Comparer",
        figures: [
          { value: count(pairs.length, "paire de pays", "paires de pays"), label: "et les sources côte à côte, rubrique par rubrique" },
        ],
      },
    };
  },
});
