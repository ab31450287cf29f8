import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { OurAddition } from "@/components/our-addition";
import { OccupationPage } from "@/components/occupation-page";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryChart } from "@/components/salary-chart";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { euroEquivalent, figureSummary } from "@/lib/site/salary-text";
import { countryOf, salaryRows } from "@/lib/domain/salary";
import { GlossaryScope } from "@/components/glossary-scope";
import { type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";
import { comparePath, salaryPath } from "@/lib/site/routes";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "salaires");
}

export default async function SalariesPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources, countries } = await requireSection(params, "salaires");
  const rows = salaryRows(occupation, countries);
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage
        page={page}
        lead={<p>Les chiffres de chaque pays viennent d'une source différente : ils se lisent côte à côte, avec prudence.</p>}
      >
        <section className="space-y-4">
          <Heading id="par-pays" title="Par pays" className="text-2xl font-bold" />
          <ul className="grid gap-4 sm:grid-cols-2">
            {occupation.salaries.map((salary) => {
              const country = countryOf(countries, salary.country);
              return (
                <li key={salary.country} className="rounded-lg border border-line bg-surface p-4">
                  <Heading
                    level={3}
                    id={`pays-${salary.country}`}
                    title={country.name}
                    href={salaryPath(occupation.slug, salary.country)}
                    className="text-lg font-bold"
                  />
                  <InferredLabel tag={inferredMarks.country} reasons={inferredReasons(salary.inferred, ["country"])} block />
                  <ul className="mt-2 space-y-1">
                    {salary.figures.map((f) => (
                      <li key={f.id}>
                        <span className="font-semibold">{f.label} :</span> {figureSummary(f, salary.currency)}
                        {euroEquivalent(f, salary, country) && <span className="text-muted"> ({euroEquivalent(f, salary, country)})</span>}
                        <InferredLabel tag={inferredMarks.period} reasons={inferredReasons(f.inferred, ["period"])} block />
                      </li>
                    ))}
                  </ul>
                  <SourceRefs ids={[salary.source]} sources={sources} className="mt-2" />
                </li>
              );
            })}
          </ul>
        </section>
        <section className="space-y-4">
          <Heading id="graphique" title="Par mois, en euros : notre calcul" className="text-2xl font-bold" />
          <figure className="space-y-4">
            <SalaryChart rows={rows} id="salaires-graphique" countryOrder={occupation.salaryCountries} />
            <figcaption className="text-sm text-muted">
              Barres : fourchettes ; points : moyennes. ÷ 12 : montant annuel divisé par 12, calcul déduit par nous, expliqué sous le
              tableau.
            </figcaption>
          </figure>
          <SalaryTable rows={rows} caption="Tous les chiffres, tels que donnés puis convertis" sources={sources} />
        </section>
        <SalaryCaveats salaries={occupation.salaries} countries={countries} sources={sources} />
        <OurAddition
          id="lire-un-salaire"
          title="Lire un salaire"
          items={occupation.salaries.flatMap((s) => countryOf(countries, s.country).added ?? [])}
        />
        <p className="no-print">
          <a href={comparePath(occupation.slug)} className="font-semibold">
            Comparer les pays côte à côte →
          </a>
        </p>
      </OccupationPage>
    </GlossaryScope>
  );
}
