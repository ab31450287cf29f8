import { comparePair, getCountryPairs, headlineRatio } from "@/lib/domain/compare";
import { salarySources } from "@/lib/site/citations";
import { occupationKind } from "@/lib/site/kinds/kind";
import { ratioSummary } from "@/lib/site/ratio-text";
import { comparePath, occupationPath } from "@/lib/site/routes";
import { fitDescription } from "@/lib/site/seo";

/** One page per pair of countries with salary figures, under the occupation's section « Comparer ». */
export const pairComparison = occupationKind({
  key: "compare-pair",
  route: "app/metiers/[metier]/comparer/[paire]/page.tsx",
  pages: (occupation, content) =>
    getCountryPairs(occupation, content.countries).map((pair) => {
      const r = headlineRatio(comparePair(occupation, content.countries, pair.a, pair.b).ratios);
      const summary = r ? { long: ratioSummary(r, content.sources), short: ratioSummary(r, content.sources, "short") } : undefined;
      const names = `${pair.a.name} et ${pair.b.name}`;
      return {
        path: comparePath(occupation.slug, pair.slug),
        shows: occupation.salaries
          .filter((s) => s.country === pair.a.slug || s.country === pair.b.slug)
          .map((s) => [s.figures, s.inferred]),
        params: { metier: occupation.slug, paire: pair.slug },
        title: `${occupation.title} : ${names}`,
        heading: `${names} : les salaires côte à côte`,
        eyebrow: occupation.title,
        label: `Comparer : ${names}`,
        crumb: names,
        parent: occupationPath(occupation.slug, "comparer"),
        // The number never travels without its conditions; the longest wording that fits the description wins.
        description: summary
          ? fitDescription([
              `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.conditions}.`,
              `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.words}.`,
              `${summary.short.higher} : ${summary.short.times} ${summary.short.lower}. À nuancer : ${summary.short.words}.`,
            ])
          : `${occupation.title}, ${names} côte à côte : montants des sources, conversion en euros et limites de la comparaison.`,
        type: "article",
        sources: salarySources(
          occupation.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug),
          content.countries,
        ),
        occupation: { slug: occupation.slug, title: occupation.title },
        section: "comparer",
        preview: {
          eyebrow: occupation.title,
          heading: `Salaires : ${names}`,
          figures: summary
            ? [
                {
                  value: summary.long.times,
                  label: `${summary.long.higher} face ${summary.long.faceTo}, en euros. À nuancer : ${summary.long.conditions}.`,
                },
              ]
            : [],
        },
      };
    }),
});
