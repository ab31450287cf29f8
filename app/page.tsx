import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { PageData } from "@/components/page-data";
import { SourceRefs } from "@/components/source-refs";
import { getContent, getRegistry } from "@/app/_lib/content";
import { careerDestinations } from "@/lib/domain/career";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { salaryHighlights } from "@/lib/domain/salary";
import { countInWords, formatList } from "@/lib/site/format";
import { capitalise, count, lowerTitle, pick } from "@/lib/site/french";
import { metadataFor } from "@/lib/site/metadata";
import { homePath, rolePath, salaryPath, sourcesPath } from "@/lib/site/routes";
import { figureConditions, figureSummary } from "@/lib/site/salary-text";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(homePath));
}

export default function HomePage() {
  const { roles, sources, countries } = getContent();
  const registry = getRegistry();
  const page = registry.get(homePath);
  return (
    <div className="space-y-12">
      <PageData page={page} />
      <section className="space-y-4 pt-2">
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{page.heading}</h1>
        <p className="max-w-3xl text-lg text-muted">
          Des fiches métiers en français pour choisir une orientation : ce que fait le professionnel, ce qu'il doit savoir faire, comment
          s'y former, ce qu'il gagne et où il peut aller ensuite. Chaque fait indique la source dont il vient ; quand les sources se
          taisent, nous le disons.
        </p>
        <p className="max-w-3xl text-muted">
          Pensé pour les élèves et les étudiants, souvent sur téléphone, et pour les conseillers d'orientation qui partagent un lien ou
          impriment une page. {pick(roles.length, "Un métier", count(roles.length, "métier", "métiers"))} pour commencer, d'autres suivront.
        </p>
      </section>

      <section aria-labelledby="metiers" className="space-y-4">
        <Heading id="metiers" title="Les métiers du guide" className="text-2xl font-bold" />
        <ul className="grid gap-5">
          {roles.map((role) => (
            <li key={role.slug} className="rounded-xl border border-line bg-surface p-5 sm:p-6">
              <Heading level={3} id={role.slug} title={role.title} href={rolePath(role.slug)} className="text-xl font-bold" />
              <p className="mt-2 max-w-3xl">{role.summary}</p>
              <dl className="mt-4 grid gap-3 sm:grid-cols-3">
                {salaryHighlights(role, countries).map(({ salary, country, figure }) => (
                  <div key={salary.country} className="rounded-lg bg-bg p-3">
                    <dt className="text-sm text-muted">
                      <a href={salaryPath(role.slug, salary.country)} className="inline-block min-h-6 py-0.5">
                        {country.name} : {figure.label.toLowerCase()}
                      </a>
                    </dt>
                    <dd className="font-semibold">
                      {figureSummary(figure, salary.currency)}
                      <span className="block text-sm font-normal text-muted">{capitalise(figureConditions(figure, salary))}.</span>
                      <InferredLabel tag={inferredMarks.country} reasons={inferredReasons(salary.inferred, ["country"])} block />
                      <InferredLabel tag={inferredMarks.period} reasons={inferredReasons(figure.inferred, ["period"])} block />
                    </dd>
                  </div>
                ))}
                <div className="rounded-lg bg-bg p-3">
                  <dt className="text-sm text-muted">Évolutions possibles</dt>
                  <dd>
                    <span className="font-semibold">
                      {count(careerDestinations(role.career).length, "évolution citée", "évolutions citées")}
                    </span>
                    <span className="block text-sm text-muted">
                      {capitalise(formatList(careerDestinations(role.career).map((d) => lowerTitle(d.title))))}
                    </span>
                  </dd>
                </div>
              </dl>
              <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {(registry.get(rolePath(role.slug)).nav ?? []).map((s) => (
                  <li key={s.key}>
                    <a href={s.path}>{s.label}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources-home" className="space-y-3">
        <Heading id="sources-home" title="D'où viennent les informations" className="text-2xl font-bold" />
        <p className="max-w-3xl">
          Les fiches s'appuient sur {sources.length > 1 ? `${countInWords(sources.length, true)} sources` : "une source"} en français,
          reformulées avec nos mots. Les chiffres sont repris tels quels, avec leur devise, leur période et, quand la source le dit, brut ou
          net.
        </p>
        <SourceRefs ids={sources.map((s) => s.id)} sources={sources} />
        <p>
          <a href={sourcesPath}>Voir ce que couvre chaque source</a>
        </p>
      </section>
    </div>
  );
}
