import { Heading } from "@/components/heading";
import { getSource } from "@/lib/content/load";
import type { TopicComparison } from "@/lib/domain/compare";
import { formatList } from "@/lib/site/format";
import { sourcePath } from "@/lib/site/routes";

function ItemLinks({ items }: { items: TopicComparison["shared"] }) {
  if (items.length === 0) return <p className="text-muted">Rien sur ce point.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((i) => (
        <li key={i.id}>
          <a href={i.href}>{i.title}</a>
        </li>
      ))}
    </ul>
  );
}

/** Topic by topic: what both sources say, then what only one of them says. Computed, never written by hand. */
export function SourceComparison({ topics, sourceIds }: { topics: readonly TopicComparison[]; sourceIds: readonly string[] }) {
  return (
    <div className="space-y-8">
      {topics.map((t) => {
        const silent = sourceIds.filter((id) => t.only[id].length === 0 && !t.shared.some((i) => i.sources.includes(id)));
        return (
          <section key={t.key} className="space-y-3">
            <Heading level={3} id={`sources-${t.key}`} title={t.label} className="text-xl font-bold" />
            <p className="text-sm text-muted">
              En commun : {t.shared.length} ; uniquement dans :{" "}
              {formatList(sourceIds.map((id) => `${getSource(id)?.short ?? id} (${t.only[id].length})`))}
              {silent.length > 0 && `. Muette sur ce point : ${formatList(silent.map((id) => getSource(id)?.short ?? id))}`}.{" "}
              <a href={t.href}>Voir la rubrique</a>
            </p>
            <div className="grid gap-3 md:grid-cols-3">
              <div className="rounded-lg border-2 border-accent bg-accent-soft p-4">
                <h4 className="mb-2 font-semibold">Dans les deux sources</h4>
                <ItemLinks items={t.shared} />
                {t.sharedExamples.length > 0 && (
                  <p className="mt-2 text-sm">Exemples cités par les deux : {formatList(t.sharedExamples)}.</p>
                )}
              </div>
              {sourceIds.map((id) => (
                <div key={id} className="rounded-lg border border-line p-4">
                  <h4 className="mb-2 font-semibold">
                    Seulement : <a href={sourcePath(id)}>{getSource(id)?.short ?? id}</a>
                  </h4>
                  <ItemLinks items={t.only[id]} />
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
