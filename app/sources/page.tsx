import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { compareSources } from "@/lib/domain/compare";
import { getContent, getRegistry } from "@/app/_lib/content";
import { formatDay } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { comparePath, openDataPath, sourcesPath , rolePath } from "@/lib/site/routes";
import { count } from "@/lib/site/french";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(sourcesPath));
}

export default function SourcesPage() {
  const { sources, roles, countries } = getContent();
  const ids = sources.map((s) => s.id);
  return (
    <div className="space-y-10">
      <PageHeader
        page={getRegistry().get(sourcesPath)}
        lead={
          <p>
            Tout ce que dit ce guide vient de ces articles, reformulé avec nos mots. Les chiffres sont repris tels quels ;
            là où les articles se taisent, les pages le disent.
          </p>
        }
      />
      <p>
        Les faits repris de ces articles sont aussi publiés en fichiers JSON et CSV, chacun avec sa source :{" "}
        <a href={openDataPath}>les données ouvertes du guide</a>.
      </p>
      {sources.map((source) => (
        <section key={source.id} className="space-y-4 rounded-xl border border-line p-5 sm:p-6">
          <Heading id={source.id} title={source.title} className="text-2xl font-bold" />
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="font-semibold text-muted">Type</dt>
              <dd>{source.kind}</dd>
            </div>
            <div>
              <dt className="font-semibold text-muted">Éditeur</dt>
              <dd>{source.publisher ?? "non précisé"}</dd>
            </div>
            <div>
              <dt className="font-semibold text-muted">Date</dt>
              <dd>{source.published ? formatDay(source.published) : "non précisée"}</dd>
            </div>
            <div>
              <dt className="font-semibold text-muted">Lecture annoncée</dt>
              <dd>{source.reading_time ?? "non précisée"}</dd>
            </div>
          </dl>
          <Prose body={source.body} />
          {roles.map((role) => {
            const topics = compareSources(role, countries, ids);
            return (
              <div key={role.slug} className="space-y-2">
                <Heading level={3} id={`${source.id}-${role.slug}`} title={`Ce que nous en avons repris pour « ${role.title} »`} className="font-semibold" />
                <ul className="grid gap-2 text-sm sm:grid-cols-2">
                  {topics.map((t) => {
                    const own = t.only[source.id].length;
                    const shared = t.shared.filter((i) => i.sources.includes(source.id)).length;
                    return (
                      <li key={t.key} className="rounded-md bg-surface px-3 py-2">
                        <a href={rolePath(role.slug, t.key)} className="font-semibold">
                          {t.label}
                        </a>{" "}
                        : {own + shared === 0 ? "rien (la source est muette)" : `${count(own + shared, "fait", "faits")}, dont ${own} qu'elle est seule à donner`}
                      </li>
                    );
                  })}
                </ul>
                <p className="text-sm">
                  <a href={`${comparePath(role.slug)}#sources`}>Comparer les sources rubrique par rubrique</a>
                </p>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
