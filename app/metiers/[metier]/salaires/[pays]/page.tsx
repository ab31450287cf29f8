import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SalaryLadder } from "@/components/salary-ladder";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { countryOf, salaryRows } from "@/lib/domain/salary";
import { pairSlug } from "@/lib/domain/compare";
import { euroEquivalent, figureSummary } from "@/lib/site/salary-text";
import { inCountry } from "@/lib/site/french";
import { currencyName, formatMoney, formatList } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { GlossaryScope } from "@/components/glossary-scope";
import { type CountryParams, getContent, requirePage, requireOccupationCountry, staticParams, glossaryTerms } from "@/app/_lib/content";
import { comparePath, salaryPath, sourcePath } from "@/lib/site/routes";
import { basisLabel, periodLabel } from "@/lib/domain/salary";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("salary-country");
}

export async function generateMetadata({ params }: { params: CountryParams }): Promise<Metadata> {
  const { occupation, country } = await requireOccupationCountry(params);
  return metadataFor(requirePage(salaryPath(occupation.slug, country.slug)));
}

export default async function CountrySalaryPage({ params }: { params: CountryParams }) {
  const { occupation, salary, country } = await requireOccupationCountry(params);
  const { sources, countries } = getContent();
  const page = requirePage(salaryPath(occupation.slug, country.slug));
  const rows = salaryRows(occupation, countries).filter((r) => r.country.slug === country.slug);
  const source = sources.find((s) => s.id === salary.source);
  const bases = [...new Set(salary.figures.map((f) => basisLabel[f.basis]))];
  const periods = [...new Set(salary.figures.map((f) => periodLabel[f.period]))];
  const others = occupation.salaryCountries.filter((c) => c !== country.slug);
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage
        page={page}
        lead={
          <p>
            {salary.figures.map((f, i) => (
              <span key={f.id}>
                {i > 0 && " ; "}
                {f.label} : <strong className="text-fg">{figureSummary(f, salary.currency)}</strong>
                {euroEquivalent(f, salary, country) && ` (${euroEquivalent(f, salary, country)})`}
              </span>
            ))}
            .
            {salary.figures.map((f) => (
              <InferredLabel
                key={f.id}
                tag={`${inferredMarks.period} (${f.label.toLowerCase()})`}
                reasons={inferredReasons(f.inferred, ["period"])}
                block
              />
            ))}
            <InferredLabel tag={inferredMarks.country} reasons={inferredReasons(salary.inferred, ["country"])} block />
          </p>
        }
      >
        <section className="space-y-4">
          <Heading id="fiche-technique" title="Ce que dit la source" className="text-2xl font-bold" />
          <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2">
            <div>
              <dt className="text-sm font-semibold text-muted">Source</dt>
              <dd>
                <a href={sourcePath(salary.source)}>{source?.title}</a>
                <InferredLabel reasons={inferredReasons(source?.inferred, ["title"])} block />
              </dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">Devise</dt>
              <dd>
                {currencyName(salary.currency)} ({salary.currency})
              </dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">Période</dt>
              <dd>
                {formatList(periods)}
                <InferredLabel
                  tag={inferredMarks.period}
                  reasons={salary.figures.flatMap((f) => inferredReasons(f.inferred, ["period"]).map((r) => `${f.label} : ${r}`))}
                  block
                />
              </dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">Brut ou net</dt>
              <dd>{formatList(bases)}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">Année des données</dt>
              <dd>{salary.year ?? "non précisée"}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">Conversion en euros</dt>
              <dd>
                {country.exchange ? (
                  <>
                    {formatMoney(country.exchange.amount, country.currency)} ≈ {formatMoney(country.exchange.equals, "EUR")}, selon la
                    source elle-même
                  </>
                ) : (
                  "sans objet (montants en euros)"
                )}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-sm font-semibold text-muted">Pays</dt>
              <dd>
                {country.name}
                <InferredLabel reasons={inferredReasons(salary.inferred, ["country"])} block />
              </dd>
            </div>
          </dl>
          <Prose body={salary.body} />
        </section>
        <SalaryLadder rows={rows} heading={{ id: "progression", title: "De junior à senior" }} />
        <section className="space-y-4">
          <Heading id="chiffres" title="Les chiffres par niveau" className="text-2xl font-bold" />
          <SalaryTable rows={rows} caption={`${occupation.title} ${inCountry(country)}`} sources={sources} showCountry={false} />
        </section>
        {salary.factors.length > 0 && (
          <section className="space-y-2">
            <Heading id="facteurs" title="Ce qui fait varier le salaire" className="text-2xl font-bold" />
            <ul className="list-disc pl-5">
              {salary.factors.map((f) => (
                <li key={f.label}>{f.label}</li>
              ))}
            </ul>
            <SourceRefs ids={[...new Set(salary.factors.flatMap((f) => f.sources))]} sources={sources} />
          </section>
        )}
        <OurAddition id="lire-un-salaire" title="Lire un salaire" items={country.added} />
        {others.length > 0 && (
          <nav aria-label="Comparer avec un autre pays" className="no-print">
            <ul className="flex flex-wrap gap-3">
              {others.map((o) => (
                <li key={o}>
                  <a href={comparePath(occupation.slug, pairSlug(country.slug, o))} className="font-semibold">
                    Comparer avec les salaires {inCountry(countryOf(countries, o))} →
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </OccupationPage>
    </GlossaryScope>
  );
}
