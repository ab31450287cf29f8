import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { PageData } from "@/components/page-data";
import { SourceRefs } from "@/components/source-refs";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, getReferential, getRegistry, glossaryTerms } from "@/app/_lib/content";
import { RomeCredit } from "@/components/rome-credit";
import { domainsOverview, interestsOverview } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { careerDestinations } from "@/lib/domain/career";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { salaryHighlights } from "@/lib/domain/salary";
import { countInWords, formatList } from "@/lib/site/format";
import { capitalise, count, lowerTitle } from "@/lib/site/french";
import { metadataFor } from "@/lib/site/metadata";
import {
  domainsPath,
  homePath,
  interestsPath,
  occupationPath,
  salaryPath,
  searchPath,
  sourcesPath,
  titlesIndexPath,
} from "@/lib/site/routes";
import { figureConditions, figureSummary } from "@/lib/site/salary-text";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(homePath));
}

export default function HomePage() {
  const { occupations, sources, countries } = getContent();
  const registry = getRegistry();
  const page = registry.get(homePath);
  const rome = getReferential();
  return (
    <GlossaryScope terms={glossaryTerms()}>
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
            impriment une page.
          </p>
        </section>

        {rome ? (
          <section aria-labelledby="trouver" className="space-y-6">
            <Heading
              id="trouver"
              title={`Trouver un métier parmi ${rome.referential.fiches.length.toLocaleString("fr-FR")}`}
              className="text-2xl font-bold"
            />
            <form role="search" action={searchPath} method="get" className="flex max-w-2xl gap-2">
              <label htmlFor="q-accueil" className="sr-only">
                Nom d&apos;un métier
              </label>
              <input
                id="q-accueil"
                name="q"
                type="search"
                autoComplete="off"
                placeholder="boulangère, aide-soignant, développeuse web…"
                className="min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 py-2 text-lg focus:border-accent"
              />
              <button
                type="submit"
                className="shrink-0 cursor-pointer rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
              >
                Chercher
              </button>
            </form>
            <p>
              Ou parcourez les <a href={titlesIndexPath}>métiers de A à Z</a>.
            </p>
            <div className="grid gap-6 md:grid-cols-2">
              <div className="space-y-2">
                <Heading level={3} id="par-domaine" title="Par domaine" href={domainsPath} className="text-xl font-bold" />
                <ul className="space-y-1">
                  {domainsOverview(rome).map((g) => (
                    <li key={g.code}>
                      <a href={g.path}>{g.label}</a>
                    </li>
                  ))}
                </ul>
              </div>
              <div className="space-y-2">
                <Heading level={3} id="par-interet" title="Par ce que j'aime faire" href={interestsPath} className="text-xl font-bold" />
                <ul className="space-y-1">
                  {interestsOverview(rome).map((i) => (
                    <li key={i.path}>
                      <a href={i.path}>{i.label}</a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
          </section>
        ) : (
          <section aria-labelledby="referentiel-absent" className="space-y-2 rounded-lg border-2 border-dashed border-warm p-4">
            <Heading id="referentiel-absent" title="Le référentiel national n'est pas installé" className="text-xl font-bold" />
            <p>
              Cette copie du guide a été construite sans le ROME de France Travail : elle ne montre que ses fiches détaillées, pas les 1 584
              fiches du référentiel. Pour les ajouter, voir le fichier README du projet (commande <code>npm run referentiel</code>).
            </p>
          </section>
        )}

        <section aria-labelledby="metiers" className="space-y-4">
          <Heading id="metiers" title="Les fiches détaillées" className="text-2xl font-bold" />
          <p className="max-w-3xl text-muted">
            Écrites par nous à partir d&apos;articles, sourcées fait par fait, avec les salaires que les sources donnent.
          </p>
          <ul className="grid gap-5">
            {occupations.map((occupation) => (
              <li key={occupation.slug} className="rounded-xl border border-line bg-surface p-5 sm:p-6">
                <Heading
                  level={3}
                  id={occupation.slug}
                  title={occupation.title}
                  href={occupationPath(occupation.slug)}
                  className="text-xl font-bold"
                />
                <p className="mt-2 max-w-3xl">{occupation.summary}</p>
                <dl className="mt-4 grid gap-3 sm:grid-cols-3">
                  {salaryHighlights(occupation, countries).map(({ salary, country, figure }) => (
                    <div key={salary.country} className="rounded-lg bg-bg p-3">
                      <dt className="text-sm text-muted">
                        <a href={salaryPath(occupation.slug, salary.country)} className="inline-block min-h-6 py-0.5">
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
                        {count(careerDestinations(occupation.career).length, "évolution citée", "évolutions citées")}
                      </span>
                      <span className="block text-sm text-muted">
                        {capitalise(formatList(careerDestinations(occupation.career).map((d) => lowerTitle(d.title))))}
                      </span>
                    </dd>
                  </div>
                </dl>
                <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {(registry.get(occupationPath(occupation.slug)).nav ?? []).map((s) => (
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
            reformulées avec nos mots. Les chiffres sont repris tels quels, avec leur devise, leur période et, quand la source le dit, brut
            ou net.
          </p>
          <SourceRefs ids={sources.map((s) => s.id)} sources={sources} />
          <p>
            <a href={sourcesPath}>Voir ce que couvre chaque source</a>
          </p>
        </section>
      </div>
    </GlossaryScope>
  );
}
