import { Heading } from "@/components/heading";
import { shortName } from "@/components/source-refs";
import type { ComparedItem, TopicComparison } from "@/lib/domain/compare";
import type { SourceLabel } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";
import { allOf } from "@/lib/site/french";
import { rolePath, salaryPath, sourcePath } from "@/lib/site/routes";

/** Where a compared fact is shown on the site. */
function factHref(role: string, at: ComparedItem["at"]): string {
  const page = at.country ? salaryPath(role, at.country) : rolePath(role, at.topic);
  return `${page}#${at.anchor}`;
}

function ItemLinks({ items, role }: { items: TopicComparison["shared"]; role: string }) {
  if (items.length === 0) return <p className="text-muted">Rien sur ce point.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((i) => (
        <li key={i.id}>
          <a href={factHref(role, i.at)}>{i.title}</a>
        </li>
      ))}
    </ul>
  );
}

/** Topic by topic: what both sources say, then what only one of them says. Computed, never written by hand. */
export function SourceComparison({
  role,
  topics,
  sources,
}: {
  /** The occupation's slug, for the links to its facts. */
  role: string;
  topics: readonly TopicComparison[];
  sources: readonly SourceLabel[];
}) {
  const sourceIds = sources.map((s) => s.id);
  const name = (id: string) => shortName(sources, id);
  return (
    <div className="space-y-8">
      {topics.map((t) => {
        const silent = sourceIds.filter((id) => t.only[id].length === 0 && !t.shared.some((i) => i.sources.includes(id)));
        return (
          <section key={t.key} className="space-y-3">
            <Heading level={3} id={`sources-${t.key}`} title={t.label} className="text-xl font-bold" />
            <p className="text-sm text-muted">
              En commun : {t.shared.length} ; uniquement dans :{" "}
              {formatList(sourceIds.map((id) => `${name(id)} (${t.only[id].length})`))}
              {silent.length > 0 && `. Muette sur ce point : ${formatList(silent.map(name))}`}.{" "}
              <a href={rolePath(role, t.key)}>Voir la rubrique</a>
            </p>
            <div className="grid gap-3 md:grid-cols-3">
              <div className="rounded-lg border-2 border-accent bg-accent-soft p-4">
                <h4 className="mb-2 font-semibold">Dans {allOf(sourceIds.length)} sources</h4>
                <ItemLinks items={t.shared} role={role} />
                {t.sharedExamples.length > 0 && (
                  <p className="mt-2 text-sm">Exemples cités par {allOf(sourceIds.length)} : {formatList(t.sharedExamples)}.</p>
                )}
              </div>
              {sourceIds.map((id) => (
                <div key={id} className="rounded-lg border border-line p-4">
                  <h4 className="mb-2 font-semibold">
                    Seulement : <a href={sourcePath(id)}>{name(id)}</a>
                  </h4>
                  <ItemLinks items={t.only[id]} role={role} />
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
