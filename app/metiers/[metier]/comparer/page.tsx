import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { OccupationPage } from "@/components/occupation-page";
import { SourceComparison } from "@/components/source-comparison";
import { compareSources, getCountryPairs } from "@/lib/domain/compare";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";
import { comparePath } from "@/lib/site/routes";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "comparer");
}

export default async function CompareIndexPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources, countries } = await requireSection(params, "comparer");
  const pairs = getCountryPairs(occupation, countries);
  const sourceIds = sources.map((s) => s.id);
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage
        page={page}
        lead={
          <p>
            Deux pays côte à côte, ou {sources.length === 2 ? "deux sources" : "les sources"} côte à côte : chaque comparaison a sa propre
            adresse, à partager.
          </p>
        }
      >
        <section className="space-y-4">
          <Heading id="pays" title="Les pays côte à côte" className="text-2xl font-bold" />
          {pairs.length === 0 ? (
            <p>Un seul pays a des chiffres pour ce métier : pas encore de comparaison possible.</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {pairs.map((p) => (
                <li key={p.slug}>
                  <a
                    href={comparePath(occupation.slug, p.slug)}
                    className="block rounded-lg border border-line bg-surface p-4 font-semibold hover:border-accent"
                  >
                    {p.a.name} et {p.b.name}
                    <span className="block text-sm font-normal text-muted">
                      Salaires en {p.a.currency === p.b.currency ? p.a.currency : `${p.a.currency} et ${p.b.currency}`}, ramenés en euros
                      par mois et par an
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="space-y-4">
          <Heading id="sources" title="Les sources côte à côte" className="text-2xl font-bold" />
          <p className="max-w-3xl">
            Pour chaque rubrique, les sujets dont parlent {sources.length === 2 ? "les deux" : "toutes les"} sources, puis ceux dont une
            seule parle. Un sujet compte pour une source dès qu'elle en parle, dans n'importe quelle rubrique.
          </p>
          <SourceComparison
            occupation={occupation.slug}
            topics={compareSources(occupation, { countries, concepts: getContent().concepts }, sourceIds)}
            sources={sources}
          />
        </section>
      </OccupationPage>
    </GlossaryScope>
  );
}
