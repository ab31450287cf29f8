import { inferredMarks } from "@/lib/domain/inferred";
import { salarySources } from "@/lib/site/citations";
import { aNoun, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";
import { countryLabel, salaryFigures } from "@/lib/site/kinds/salary-labels";
import { fitDescription } from "@/lib/site/seo";

declare module "@/lib/site/routes" {
  interface OccupationSections {
    salaires: true;
  }
}

/** The salaries, country by country, as the sources give them (each country has its own page: salary-country.ts). */
export const salaires = sectionKind({
  key: "salaires",
  label: "Salaires",
  route: "app/metiers/[metier]/salaires/page.tsx",
  sources: (occupation, content) => salarySources(occupation.salaries, content.countries),
  summary: (occupation) => `Chiffres pour ${occupation.salaries.length} pays, avec leur source`,
  page: (occupation, content) => ({
    shows: occupation.salaries.map((s) => [s.figures, s.currency, s.inferred]),
    title: `Salaire : ${occupation.title}`,
    heading: `Le salaire ${ofTheNoun(occupation)}`,
    eyebrow: occupation.title,
    description: fitDescription([
      `Combien gagne ${aNoun(occupation)} : ${occupation.salaries.map((s) => countryLabel(s, content.countries)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
      `Combien gagne ${aNoun(occupation)} : ${occupation.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
      `Combien gagne ${aNoun(occupation)} : ${occupation.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants des sources, convertis en euros par mois et par an.`,
    ]),
    preview: { eyebrow: occupation.title, heading: "Les salaires", figures: salaryFigures(occupation, content.countries) },
  }),
});
