import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { compareSources } from "@/lib/domain/compare";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, getRegistry, glossaryTerms } from "@/app/_lib/content";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { formatDay, formatList } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { comparePath, openDataPath, sourcesPath, occupationPath } from "@/lib/site/routes";
import { count, pick } from "@/lib/site/french";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(sourcesPath));
}

export default function SourcesPage() {
  const { sources, occupations, countries, concepts } = getContent();
  const ids = sources.map((s) => s.id);
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <div className="space-y-10">
        <PageHeader
          page={getRegistry().get(sourcesPath)}
          lead={
            <p>
              Les faits de ce guide viennent de ces sources, reformulés avec nos mots. Les chiffres sont repris tels quels ; là où les
              sources se taisent, les pages le disent.
            </p>
          }
        />
        <section className="space-y-2">
          <Heading id="methode" title="Comment nous les lisons" className="text-2xl font-bold" />
          <p>
            Quand les deux sources décrivent la même chose avec leurs mots, nous le disons une fois, avec les deux sources ; si elles
            diffèrent, nous disons en quoi. Quand nous ajoutons une courte explication (une définition, un exemple), elle ne cite pas de
            source. Les encadrés marqués « Hors sources » ajoutent ce qu'un élève a besoin de savoir et que les sources ne disent pas : des
            connaissances générales, sans chiffre que nous ne pourrions pas garantir.
          </p>
        </section>
        <p>
          Les faits repris de ces sources sont aussi publiés en fichiers JSON et CSV, chacun avec sa source :{" "}
          <a href={openDataPath}>les données ouvertes du guide</a>.
        </p>
        {sources.map((source) => (
          <section key={source.id} className="space-y-4 rounded-xl border border-line p-5 sm:p-6">
            <Heading id={source.id} title={source.title} className="text-2xl font-bold" />
            <InferredLabel tag={inferredMarks.title} reasons={inferredReasons(source.inferred, ["title"])} block />
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
              <div>
                <dt className="font-semibold text-muted">Type</dt>
                <dd>
                  {source.kind}
                  <InferredLabel tag={inferredMarks.kind} reasons={inferredReasons(source.inferred, ["kind"])} block />
                </dd>
              </div>
              <div>
                <dt className="font-semibold text-muted">Éditeur</dt>
                <dd>
                  {source.publisher ?? "non précisé"}
                  <InferredLabel reasons={inferredReasons(source.inferred, ["publisher"])} block />
                </dd>
              </div>
              <div>
                <dt className="font-semibold text-muted">Date</dt>
                <dd>
                  {source.published ? formatDay(source.published) : "non précisée"}
                  <InferredLabel reasons={inferredReasons(source.inferred, ["published"])} block />
                </dd>
              </div>
              <div>
                <dt className="font-semibold text-muted">Lecture annoncée</dt>
                <dd>{source.reading_time ?? "non précisée"}</dd>
              </div>
            </dl>
            <Prose body={source.body} />
            {occupations.map((occupation) => {
              const topics = compareSources(occupation, { countries, concepts }, ids);
              return (
                <div key={occupation.slug} className="space-y-2">
                  <Heading
                    level={3}
                    id={`${source.id}-${occupation.slug}`}
                    title={`Ce que nous en avons repris pour « ${occupation.title} »`}
                    className="font-semibold"
                  />
                  <ul className="grid gap-2 text-sm sm:grid-cols-2">
                    {topics.map((t) => {
                      const covered = t.concepts.filter((c) => c.sources.includes(source.id));
                      const own = t.only[source.id] ?? [];
                      const others = ids.length > 2 ? "des autres sources" : "de l'autre source";
                      return (
                        <li key={t.key} className="rounded-md bg-surface px-3 py-2">
                          <a href={occupationPath(occupation.slug, t.key)} className="font-semibold">
                            {t.label}
                          </a>{" "}
                          :{" "}
                          {covered.length === 0
                            ? "la source n'en dit rien."
                            : `${count(covered.length, "sujet abordé", "sujets abordés")}${
                                own.length === 0
                                  ? `, ${pick(covered.length, "aussi présent", "tous aussi présents")} ${ids.length > 2 ? "dans les autres sources" : "dans l'autre source"}.`
                                  : ` ; ${pick(own.length, "absent", "absents")} ${others} : ${formatList(own.map((c) => c.label))}.`
                              }`}
                        </li>
                      );
                    })}
                  </ul>
                  <p className="text-sm">
                    <a href={`${comparePath(occupation.slug)}#sources`}>Comparer les sources rubrique par rubrique</a>
                  </p>
                </div>
              );
            })}
          </section>
        ))}
      </div>
    </GlossaryScope>
  );
}
