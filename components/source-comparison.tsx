import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import type { ComparedConcept, ComparedItem, TopicComparison } from "@/lib/domain/compare";
import { formatList } from "@/lib/site/format";
import { pick } from "@/lib/site/french";
import { occupationPath, salaryPath, sourcePath } from "@/lib/site/routes";

/** Where a compared fact is shown on the site. */
function factHref(occupation: string, at: ComparedItem["at"]): string {
  const page = at.country ? salaryPath(occupation, at.country) : occupationPath(occupation, at.topic);
  return `${page}#${at.anchor}`;
}

function ConceptList({ concepts }: { concepts: readonly ComparedConcept[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {concepts.map((c) => (
        <li key={c.id}>
          {c.label}
          <InferredLabel reasons={c.inferred} block />
        </li>
      ))}
    </ul>
  );
}

/**
 * Section by section, the subjects both sources speak of, then those only one does, in sentences; then, subject by
 * subject, what each source says (links to the facts). Computed from the concepts of the content, never by hand.
 */
export function SourceComparison({
  occupation,
  topics,
  sources,
}: {
  /** The occupation's slug, for the links to its facts. */
  occupation: string;
  topics: readonly TopicComparison[];
  /** Id and short name of each source, in the site's order. */
  sources: readonly { id: string; short: string }[];
}) {
  const all = sources.length === 2 ? "Les deux sources" : "Toutes les sources";
  return (
    <div className="space-y-8">
      {topics.map((t) => (
        <section key={t.key} className="space-y-3">
          <Heading level={3} id={`sources-${t.key}`} title={t.label} className="text-xl font-bold" />
          {t.shared.length > 0 && (
            <div>
              <p>
                {all} {pick(t.shared.length, "abordent ce sujet", "abordent ces sujets")} :
              </p>
              <ConceptList concepts={t.shared} />
            </div>
          )}
          {sources.map((s) =>
            t.only[s.id]?.length ? (
              <div key={s.id}>
                <p>
                  {pick(t.only[s.id]?.length ?? 0, "Un sujet que seule aborde la source", "Des sujets que seule aborde la source")} «{" "}
                  <a href={sourcePath(s.id)}>{s.short}</a> » :
                </p>
                <ConceptList concepts={t.only[s.id] ?? []} />
              </div>
            ) : null,
          )}
          {t.silent.length > 0 && (
            <p className="text-muted">
              {formatList(t.silent.map((id) => `« ${sources.find((s) => s.id === id)?.short ?? id} »`))} : rien sur cette rubrique.
            </p>
          )}
          {t.sharedExamples.length > 0 && (
            <p className="text-sm">
              Exemples cités par {all.toLowerCase()} : {formatList(t.sharedExamples)}.
            </p>
          )}
          <details className="rounded-lg border border-line p-3">
            <summary className="cursor-pointer font-semibold">Ce que dit chaque source, sujet par sujet</summary>
            <dl className="mt-3 space-y-3">
              {t.concepts.map((c) => (
                <div key={c.id}>
                  <dt className="font-semibold">{c.label}</dt>
                  {sources.map((s) => (
                    <dd key={s.id} className="pl-4 text-sm">
                      <span data-no-glossary="">{s.short}</span> :{" "}
                      {(c.bySource[s.id] ?? []).length === 0 ? (
                        <span className="text-muted">n'en parle pas</span>
                      ) : (
                        (c.bySource[s.id] ?? []).map((i, n) => (
                          <span key={`${i.id}-${n}`}>
                            {n > 0 && " ; "}
                            <a href={factHref(occupation, i.at)}>{i.title}</a>
                          </span>
                        ))
                      )}
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          </details>
          <p className="text-sm">
            <a href={occupationPath(occupation, t.key)}>Voir la rubrique {t.label.toLowerCase()}</a>
          </p>
        </section>
      ))}
    </div>
  );
}
