import { comparePair, getCountryPairs, headlineRatio } from "@/lib/domain/compare";
import { salarySources } from "@/lib/site/citations";
import { occupationKind } from "@/lib/site/kinds/kind";
import { ratioSummary } from "@/lib/site/ratio-text";
import { comparePath, rolePath } from "@/lib/site/routes";
import { fitDescription } from "@/lib/site/seo";

/** One page per pair of countries with salary figures, under the occupation's section « Comparer ». */
export const pairComparison = occupationKind({
  key: "compare-pair",
  route: "app/metiers/[metier]/comparer/[paire]/page.tsx",
  pages: (role, content) =>
    getCountryPairs(role, content.countries).map((pair) => {
      const r = headlineRatio(comparePair(role, content.countries, pair.a, pair.b).ratios);
      const summary = r ? { long: ratioSummary(r, content.sources), short: ratioSummary(r, content.sources, "short") } : undefined;
      const names = `${pair.a.name} et ${pair.b.name}`;
      return {
        path: comparePath(role.slug, pair.slug),
        shows: role.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug).map((s) => [s.figures, s.inferred]),
        params: { metier: role.slug, paire: pair.slug },
        title: `${role.title} : ${names}`,
        heading: `${names} : les salaires côte à côte`,
        eyebrow: role.title,
        label: `Comparer : ${names}`,
        crumb: names,
        parent: rolePath(role.slug, "comparer"),
        // The number never travels without its conditions; the longest wording that fits the description wins.
        description: summary
          ? fitDescription([
              `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.conditions}.`,
              `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.words}.`,
              `${summary.short.higher} : ${summary.short.times} ${summary.short.lower}. À nuancer : ${summary.short.words}.`,
            ])
          : `${role.title}, ${names} côte à côte : montants des sources, conversion en euros et limites de la comparaison.`,
        type: "article",
        sources: salarySources(
          role.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug),
          content.countries,
        ),
        role: { slug: role.slug, title: role.title },
        section: "comparer",
        preview: {
          eyebrow: role.title,
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
