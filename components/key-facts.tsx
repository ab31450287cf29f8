import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { SourceRefs } from "@/components/source-refs";
import type { Role } from "@/lib/content";
import { careerDestinations } from "@/lib/career";
import { euroEquivalent, figureSummary, salaryHighlights } from "@/lib/facts";
import { formatList, plural } from "@/lib/format";
import { inferredReasons } from "@/lib/inferred";
import { rolePath, salaryPath } from "@/lib/routes";

/** The occupation at a glance, computed from its content. */
export function KeyFacts({ role }: { role: Role }) {
  const destinations = careerDestinations(role.career);
  const trainingSources = [...new Set(role.training.paths.flatMap((p) => p.sources))];
  const careerSources = [...new Set(destinations.flatMap((d) => d.sources))];
  return (
    <section aria-labelledby="en-bref" className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <Heading id="en-bref" title="En bref" className="text-xl font-bold" />
      <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {salaryHighlights(role).map(({ salary, country, figure }) => {
          const eur = euroEquivalent(figure, salary);
          return (
            <div key={salary.country}>
              <dt className="text-sm font-semibold text-muted">
                Salaire {country.preposition} {country.name} ({figure.label.toLowerCase()})
              </dt>
              <dd>
                <a href={salaryPath(role.slug, salary.country)} className="text-lg font-semibold">
                  {figureSummary(figure, salary.currency)}
                </a>
                {eur && <span className="text-muted"> ({eur})</span>}
                <InferredLabel
                  reasons={[
                    ...inferredReasons(salary.inferred, ["country"]).map((r) => `pays : ${r}`),
                    ...inferredReasons(figure.inferred, ["period"]).map((r) => `période : ${r}`),
                  ]}
                  block
                />
                <SourceRefs ids={[salary.source]} />
              </dd>
            </div>
          );
        })}
        <div>
          <dt className="text-sm font-semibold text-muted">Formation</dt>
          <dd>
            <a href={rolePath(role.slug, "formation")}>{role.training.paths.map((p) => p.title).join(" ; ")}</a>
            <SourceRefs ids={trainingSources} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Évolutions possibles</dt>
          <dd>
            {plural(destinations.length, { one: "poste", other: "postes" })} :{" "}
            <a href={rolePath(role.slug, "evolution")}>{formatList(destinations.map((d) => d.title))}</a>
            <SourceRefs ids={careerSources} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
