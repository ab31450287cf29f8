import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { OccupationPage } from "@/components/occupation-page";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryChart } from "@/components/salary-chart";
import { SalaryLadder } from "@/components/salary-ladder";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { InferredLabel } from "@/components/inferred-label";
import { RatioStatement } from "@/components/ratio-statement";
import { comparePair, getCountryPairs, headlineRatio } from "@/lib/domain/compare";
import { inferredMarks, inferredReasons, inferredTag } from "@/lib/domain/inferred";
import { pick } from "@/lib/site/french";
import { ratioStatement } from "@/lib/site/ratio-text";
import { derivationMark, figureSummary, isDerived, shownAmount } from "@/lib/site/salary-text";
import type { Derivation, SalaryRow, Span } from "@/lib/domain/salary";
import { metadataFor } from "@/lib/site/metadata";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, type PairParams, requirePage, requireOccupationPair, staticParams, glossaryTerms } from "@/app/_lib/content";
import { comparePath, salaryPath } from "@/lib/site/routes";
import { basisLabel } from "@/lib/domain/salary";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("compare-pair");
}

async function requirePair(params: PairParams) {
  const { occupation, pair } = await requireOccupationPair(params);
  const { sources, countries } = getContent();
  const page = requirePage(comparePath(occupation.slug, pair.slug));
  return { occupation, pair, page, sources, countries, ...comparePair(occupation, countries, pair.a, pair.b) };
}

export async function generateMetadata({ params }: { params: PairParams }): Promise<Metadata> {
  const { page } = await requirePair(params);
  return metadataFor(page);
}

/** « Par mois : ≈ 3 800 à 4 600 € (÷ 12, déduit par nous) »; null when it only repeats the source's own amount in euros. */
function perPeriod(label: string, r: SalaryRow, eur: Span, local: Span, d: Derivation): string | null {
  if (!isDerived(d)) return null;
  const inLocal = r.currency !== "EUR" ? ` (${shownAmount(local, r.currency, { ...d, converted: false })})` : "";
  const mark = derivationMark(d);
  return `${label} : ${shownAmount(eur, "EUR", d)}${inLocal}${mark ? ` (${mark}, ${inferredTag})` : ""}`;
}

export default async function ComparePairPage({ params }: { params: PairParams }) {
  const { occupation, pair, page, sources, countries: allCountries, rowsA, rowsB, ratios } = await requirePair(params);
  // One sentence first: each country's first figure (junior against the average); the other ratios follow below.
  const headline = headlineRatio(ratios);
  const others = ratios.filter((r) => r !== headline);
  const countries = [
    { country: pair.a, rows: rowsA },
    { country: pair.b, rows: rowsB },
  ];
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage page={page} lead={headline && <RatioStatement {...ratioStatement(headline, sources)} strong />}>
        <section className="space-y-4">
          <Heading id="cote-a-cote" title="Chaque pays, tel que sa source le dit" className="text-2xl font-bold" />
          <div className="grid gap-4 md:grid-cols-2">
            {countries.map(({ country, rows }) => (
              <div key={country.slug} className="space-y-3 rounded-lg border border-line bg-surface p-4">
                <Heading
                  level={3}
                  id={`pays-${country.slug}`}
                  title={country.name}
                  href={salaryPath(occupation.slug, country.slug)}
                  className="text-xl font-bold"
                />
                <InferredLabel tag={inferredMarks.country} reasons={inferredReasons(rows[0]?.salary.inferred, ["country"])} block />
                <ul className="space-y-3">
                  {rows.map((r) => (
                    <li key={r.figure.id}>
                      <p className="font-semibold">
                        {r.figure.label}
                        <InferredLabel tag={inferredMarks.period} reasons={inferredReasons(r.figure.inferred, ["period"])} block />
                      </p>
                      <p>
                        Tel que donné : {figureSummary(r.figure, r.currency)}
                        <span className="text-muted"> (brut ou net : {basisLabel[r.figure.basis]})</span>
                      </p>
                      <p className="text-sm text-muted">
                        {[
                          perPeriod("Par mois", r, r.monthEur, r.monthLocal, r.derived.monthEur),
                          perPeriod("Par an", r, r.yearEur, r.yearLocal, r.derived.yearEur),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </li>
                  ))}
                </ul>
                <SourceRefs ids={[...new Set(rows.map((r) => r.salary.source))]} sources={sources} />
              </div>
            ))}
          </div>
        </section>
        {others.length > 0 && (
          <section className="space-y-3">
            <Heading id="autres-ecarts" title="Les autres écarts" className="text-2xl font-bold" />
            <ul className="space-y-3">
              {others.map((r) => (
                <li key={`${r.higher.figure.id}-${r.lower.figure.id}`}>
                  <RatioStatement {...ratioStatement(r, sources, headline)} />
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="space-y-4">
          <Heading id="graphique" title="En euros par mois" className="text-2xl font-bold" />
          <figure className="space-y-3">
            <SalaryChart rows={[...rowsA, ...rowsB]} id="comparaison-graphique" countryOrder={[pair.a.slug, pair.b.slug]} />
            <figcaption className="text-sm text-muted">
              Barres : fourchettes ; points : moyennes. ÷ 12 : montant annuel divisé par 12, calcul déduit par nous.
            </figcaption>
          </figure>
          <SalaryTable rows={[...rowsA, ...rowsB]} caption={`${pair.a.name} et ${pair.b.name} : tous les chiffres`} sources={sources} />
        </section>
        {countries.some(({ rows }) => rows.filter((r) => r.figure.level !== "all").length > 1) && (
          <section className="space-y-4">
            <Heading id="progression" title="De junior à senior" className="text-2xl font-bold" />
            {countries.map(({ country, rows }) =>
              rows.filter((r) => r.figure.level !== "all").length > 1 ? (
                <div key={country.slug} className="space-y-2">
                  <Heading level={3} id={`progression-${country.slug}`} title={country.name} className="font-semibold" />
                  <SalaryLadder rows={rows} />
                </div>
              ) : (
                <p key={country.slug} className="text-muted">
                  {country.name} : la source ne donne pas de niveaux, seulement{" "}
                  {pick(rows.length, "un chiffre global", "des chiffres globaux")}.
                </p>
              ),
            )}
          </section>
        )}
        <SalaryCaveats
          salaries={occupation.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug)}
          countries={allCountries}
          sources={sources}
        />
        <nav aria-label="Autres comparaisons" className="no-print space-y-2">
          <p className="font-semibold">Autres comparaisons</p>
          <ul className="flex flex-wrap gap-3">
            <li>
              <a href={`${comparePath(occupation.slug)}#sources`}>Les sources côte à côte</a>
            </li>
            {getCountryPairs(occupation, allCountries)
              .filter((p) => p.slug !== pair.slug)
              .map((p) => (
                <li key={p.slug}>
                  <a href={comparePath(occupation.slug, p.slug)}>
                    {p.a.name} et {p.b.name}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      </OccupationPage>
    </GlossaryScope>
  );
}
