import { Heading } from "@/components/heading";
import { SourceRefs } from "@/components/source-refs";
import type { CountryEntry, SalaryEntry } from "@/lib/content/load";
import { countryOf } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { inCountry } from "@/lib/site/french";
import { formatList, formatMoney, formatNumber } from "@/lib/site/format";
import { InferredLabel } from "@/components/inferred-label";

/** What the figures do not say, computed from the salary files: the reader needs this next to any figure. */
export function SalaryCaveats({
  salaries,
  countries,
  sources,
}: {
  salaries: readonly SalaryEntry[];
  countries: readonly CountryEntry[];
  sources: readonly SourceLabel[];
}) {
  const requireCountry = (slug: string) => countryOf(countries, slug);
  const factors = salaries.flatMap((s) => s.factors);
  const noYear = salaries.filter((s) => s.year === null).map((s) => requireCountry(s.country).name);
  const noBasis = salaries.filter((s) => s.figures.some((f) => f.basis === "non-precise")).map((s) => requireCountry(s.country).name);
  const rates = salaries.map((s) => requireCountry(s.country)).filter((c) => c.exchange);
  return (
    <section className="space-y-3">
      <Heading id="a-savoir" title="À savoir avant de comparer" className="text-2xl font-bold" />
      <ul className="list-disc space-y-2 pl-5">
        {noBasis.length > 0 && <li>Brut ou net : non précisé par les sources ({formatList(noBasis)}).</li>}
        {noYear.length > 0 && <li>Année des chiffres : non précisée ({formatList(noYear)}).</li>}
        <li>Chaque pays a sa propre source : des textes différents, sans date ni méthode communes.</li>
        <li>Aucune source ne donne le coût de la vie : un salaire plus élevé en euros ne dit pas ce qu'il permet d'acheter.</li>
        <li>
          Pour passer de l'annuel au mensuel, nous divisons par 12 (÷ 12) ; pour l'inverse, nous multiplions par 12 (× 12). Les sources ne
          parlent ni de treizième mois ni de primes.
        </li>
        {rates.map((c) =>
          c.exchange ? (
            <li key={c.slug}>
              Conversion {inCountry(c)} : la source donne {formatMoney(c.exchange.amount, c.currency)} ≈{" "}
              {formatMoney(c.exchange.equals, c.exchange.to)}. <SourceRefs ids={[c.exchange.source]} sources={sources} className="inline" />{" "}
              Nous en tirons environ {/* Two significant digits, like the source's own round figures: no more precision than they have. */}
              {(c.exchange.amount / c.exchange.equals).toLocaleString("fr-FR", { maximumSignificantDigits: 2 })} {c.currency} pour 1 €
              <InferredLabel
                reasons={[
                  `${formatNumber(c.exchange.amount)} ÷ ${formatNumber(c.exchange.equals)}, arrondi comme les montants de la source.`,
                ]}
              />
            </li>
          ) : null,
        )}
      </ul>
      {factors.length > 0 && (
        <div id="facteurs" className="space-y-1">
          <p>Ce qui fait varier le salaire, selon la source : {formatList(factors.map((f) => f.label))}.</p>
          <SourceRefs ids={[...new Set(factors.flatMap((f) => f.sources))]} sources={sources} />
        </div>
      )}
    </section>
  );
}
