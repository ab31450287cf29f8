import { inferredMarks, withShortMark } from "@/lib/domain/inferred";
import { countryOf } from "@/lib/domain/salary";
import { salarySources } from "@/lib/site/citations";
import { inCountry, inSentence } from "@/lib/site/french";
import { occupationKind } from "@/lib/site/kinds/kind";
import { countryLabel } from "@/lib/site/kinds/salary-labels";
import { occupationPath, salaryPath } from "@/lib/site/routes";
import { figureSummary } from "@/lib/site/salary-text";

/** One page per country with salary figures, under the occupation's section « Salaires ». */
export const salaryCountry = occupationKind({
  key: "salary-country",
  route: "app/metiers/[metier]/salaires/[pays]/page.tsx",
  pages: (occupation, content) =>
    occupation.salaries.flatMap((salary) => {
      const country = countryOf(content.countries, salary.country);
      const first = salary.figures[0];
      if (!first) return [];
      return [
        {
          path: salaryPath(occupation.slug, country.slug),
          shows: [salary.body, salary.factors, salary.figures, salary.currency, salary.inferred, country.added, country.exchange],
          params: { metier: occupation.slug, pays: country.slug },
          title: `Salaire ${inSentence(occupation)} ${inCountry(country)}`,
          heading: `Salaire ${inCountry(country)}`,
          eyebrow: occupation.title,
          label: `Salaires : ${country.name}`,
          crumb: country.name,
          parent: occupationPath(occupation.slug, "salaires"),
          description: `${occupation.title} ${country.preposition} ${countryLabel(salary, content.countries)} : ${figureSummary(first, salary.currency)} (${withShortMark(first.label.toLowerCase(), Boolean(first.inferred.period), inferredMarks.period)}). Niveaux, devise, brut ou net et source.`,
          type: "article",
          sources: salarySources([salary], content.countries),
          occupation: { slug: occupation.slug, title: occupation.title },
          section: "salaires",
          preview: {
            eyebrow: occupation.title,
            heading: `Salaire ${country.preposition} ${countryLabel(salary, content.countries)}`,
            figures: salary.figures.map((f) => ({
              value: figureSummary(f, salary.currency),
              label: withShortMark(f.label, Boolean(f.inferred.period), inferredMarks.period),
            })),
          },
        },
      ];
    }),
});
