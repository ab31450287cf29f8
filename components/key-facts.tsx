import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { SourceRefs } from "@/components/source-refs";
import type { CountryEntry, Occupation } from "@/lib/content/load";
import { careerDestinations } from "@/lib/domain/career";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { salaryHighlights } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { capitalise, count, inCountry, lowerTitle } from "@/lib/site/french";
import { euroEquivalent, figureConditions, figureSummary } from "@/lib/site/salary-text";
import { occupationPath, salaryPath } from "@/lib/site/routes";

/** The occupation at a glance, computed from its content. */
export function KeyFacts({
  occupation,
  countries,
  sources,
}: {
  occupation: Occupation;
  countries: readonly CountryEntry[];
  sources: readonly SourceLabel[];
}) {
  const destinations = careerDestinations(occupation.career);
  const trainingSources = [...new Set(occupation.training.paths.flatMap((p) => p.sources))];
  const careerSources = [...new Set(destinations.flatMap((d) => d.sources))];
  return (
    <section aria-labelledby="en-bref" className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <Heading id="en-bref" title="En bref" className="text-xl font-bold" />
      <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {salaryHighlights(occupation, countries).map(({ salary, country, figure }) => {
          const eur = euroEquivalent(figure, salary, country);
          return (
            <div key={salary.country}>
              <dt className="text-sm font-semibold text-muted">
                Salaire {inCountry(country)} ({figure.label.toLowerCase()})
              </dt>
              <dd>
                <a href={salaryPath(occupation.slug, salary.country)} className="text-lg font-semibold">
                  {figureSummary(figure, salary.currency)}
                </a>
                {eur && <span className="text-muted"> ({eur})</span>}
                <span className="block text-sm text-muted">{capitalise(figureConditions(figure, salary))}.</span>
                <InferredLabel tag={inferredMarks.country} reasons={inferredReasons(salary.inferred, ["country"])} block />
                <InferredLabel tag={inferredMarks.period} reasons={inferredReasons(figure.inferred, ["period"])} block />
                <SourceRefs ids={[salary.source]} sources={sources} />
              </dd>
            </div>
          );
        })}
        <div>
          <dt className="text-sm font-semibold text-muted">Formation</dt>
          <dd>
            <a href={occupationPath(occupation.slug, "formation")}>{occupation.training.paths.map((p) => p.title).join(" ; ")}</a>
            <SourceRefs ids={trainingSources} sources={sources} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Évolutions possibles</dt>
          <dd>
            {count(destinations.length, "évolution citée", "évolutions citées")} :{" "}
            <a href={occupationPath(occupation.slug, "evolution")}>{formatList(destinations.map((d) => lowerTitle(d.title)))}</a>
            <SourceRefs ids={careerSources} sources={sources} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
