import { Heading } from "@/components/heading";
import { shortName, SourceRefs, SourceTags } from "@/components/source-refs";
import type { SourcedItem } from "@/lib/content/schema";
import type { SourceLabel } from "@/lib/site/citations";

/** A list of items (missions, skills, training paths), each with its anchor, what each source says, and its sources. */
export function SourcedItems({
  items,
  sources,
  headingLevel = 3,
  idPrefix = "",
}: {
  items: readonly SourcedItem[];
  sources: readonly SourceLabel[];
  headingLevel?: 2 | 3;
  /** Keeps anchors unique where several topics share a page (the printable fiche). */
  idPrefix?: string;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 rounded-lg border border-line bg-bg p-4 shadow-xs">
          <Heading level={headingLevel} id={`${idPrefix}${item.id}`} title={item.title} className="text-lg leading-snug font-semibold" />
          {item.detail && <p>{item.detail}</p>}
          {item.examples && item.examples.length > 0 && (
            <ul aria-label="Exemples cités" className="flex flex-wrap gap-1.5">
              {item.examples.map((ex) => (
                <li key={ex.label} className="flex items-center gap-1 rounded-md bg-surface-strong py-0.5 pr-1 pl-2 text-sm">
                  <span className="font-medium">{ex.label}</span>
                  <SourceTags ids={ex.sources} sources={sources} />
                </li>
              ))}
            </ul>
          )}
          {item.says && (
            <dl className="space-y-1.5 border-l-2 border-line pl-3 text-sm">
              {Object.entries(item.says).map(([id, said]) => (
                <div key={id}>
                  {/* A source's name is a name: never a glossary term ("Fiche Backend"). */}
                  <dt data-no-glossary="" className="inline font-semibold">
                    {shortName(sources, id)} :{" "}
                  </dt>
                  <dd className="inline text-muted">{said}</dd>
                </div>
              ))}
            </dl>
          )}
          <SourceRefs ids={item.sources} sources={sources} className="mt-auto pt-1" />
        </li>
      ))}
    </ul>
  );
}
