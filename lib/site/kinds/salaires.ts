import { inferredMarks } from "@/lib/domain/inferred";
import { salarySources } from "@/lib/site/citations";
import { aNoun, ofTheNoun } from "@/lib/site/french";
import { sectionKind } from "@/lib/site/kinds/kind";
import { countryLabel, salaryFigures } from "@/lib/site/kinds/salary-labels";
import { fitDescription } from "@/lib/site/seo";

declare module "@/lib/site/routes" {
  interface RoleSections {
    salaires: true;
  }
}

/** The salaries, country by country, as the sources give them (each country has its own page: salary-country.ts). */
export const salaires = sectionKind({
  key: "salaires",
  label: "Salaires",
  route: "app/metiers/[metier]/salaires/page.tsx",
  sources: (role, content) => salarySources(role.salaries, content.countries),
  summary: (role) => `Chiffres pour ${role.salaries.length} pays, avec leur source`,
  page: (role, content) => ({
    shows: role.salaries.map((s) => [s.figures, s.currency, s.inferred]),
    title: `Salaire : ${role.title}`,
    heading: `Le salaire ${ofTheNoun(role)}`,
    eyebrow: role.title,
    description: fitDescription([
      `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
      `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
      `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants des sources, convertis en euros par mois et par an.`,
    ]),
    preview: { eyebrow: role.title, heading: "Les salaires", figures: salaryFigures(role, content.countries) },
  }),
});
