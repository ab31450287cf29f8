import { Heading } from "@/components/heading";
import { SourceRefs } from "@/components/source-refs";
import type { CountryEntry, Role } from "@/lib/content/load";
import { nextSteps } from "@/lib/domain/career";
import { salaryHighlights } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { inCountry } from "@/lib/site/french";
import { euroEquivalent, figureSummary } from "@/lib/site/salary-text";
import { formatList } from "@/lib/site/format";
import { rolePath, salaryPath } from "@/lib/site/routes";

/** The occupation at a glance, computed from its content. */
export function KeyFacts({ role, countries, sources }: { role: Role; countries: readonly CountryEntry[]; sources: readonly SourceLabel[] }) {
  const steps = nextSteps(role.career);
  const trainingSources = [...new Set(role.training.paths.flatMap((p) => p.sources))];
  const careerSources = [...new Set(role.career.paths.filter((p) => p.from === role.career.start).flatMap((p) => p.sources))];
  return (
    <section aria-labelledby="en-bref" className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <Heading id="en-bref" title="En bref" className="text-xl font-bold" />
      <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {salaryHighlights(role, countries).map(({ salary, country, figure }) => {
          const eur = euroEquivalent(figure, salary, country);
          return (
            <div key={salary.country}>
              <dt className="text-sm font-semibold text-muted">
                Salaire {inCountry(country)} ({figure.label.toLowerCase()})
              </dt>
              <dd>
                <a href={salaryPath(role.slug, salary.country)} className="text-lg font-semibold">
                  {figureSummary(figure, salary.currency)}
                </a>
                {eur && <span className="text-muted"> ({eur})</span>}
                <SourceRefs ids={[salary.source]} sources={sources} />
              </dd>
            </div>
          );
        })}
        <div>
          <dt className="text-sm font-semibold text-muted">Formation</dt>
          <dd>
            <a href={rolePath(role.slug, "formation")}>{formatList(role.training.paths.map((p) => p.title), "disjunction")}</a>
            <SourceRefs ids={trainingSources} sources={sources} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Évolutions citées</dt>
          <dd>
            <a href={rolePath(role.slug, "evolution")}>{formatList(steps)}</a>
            <SourceRefs ids={careerSources} sources={sources} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
