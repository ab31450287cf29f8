import type { CountryEntry, Occupation, SalaryEntry } from "@/lib/content/load";
import { inferredMarks, withShortMark } from "@/lib/domain/inferred";
import { countryOf, salaryHighlights } from "@/lib/domain/salary";
import type { PreviewFigure } from "@/lib/site/page-spec";
import { figureSummary } from "@/lib/site/salary-text";

/** What several kinds of an occupation's pages say of its salaries. */

/** The occupation's headline salaries: one figure per country, as on the "En bref" box. */
export function salaryFigures(occupation: Occupation, countries: readonly CountryEntry[]): PreviewFigure[] {
  return salaryHighlights(occupation, countries).map(({ salary, country, figure }) => ({
    value: figureSummary(figure, salary.currency),
    label: withShortMark(
      `${withShortMark(figure.label, Boolean(figure.inferred.period), inferredMarks.period)}, ${country.name}`,
      Boolean(salary.inferred.country),
      inferredMarks.country,
    ),
  }));
}

/** "France (pays déduit par nous)": a country name where figures are filed under it by our inference. */
export function countryLabel(salary: SalaryEntry, countries: readonly CountryEntry[], mark: string = inferredMarks.country): string {
  return withShortMark(countryOf(countries, salary.country).name, Boolean(salary.inferred.country), mark);
}
