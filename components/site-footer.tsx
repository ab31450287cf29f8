import { InferredLabel } from "@/components/inferred-label";
import type { SourceEntry } from "@/lib/content/load";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { countInWords } from "@/lib/site/format";
import { glossaryPath, openDataPath, searchPath, sourcePath, sourcesPath } from "@/lib/site/routes";
import { site } from "@/lib/site/config";

/** Names the sources on every page. */
export function SiteFooter({ sources }: { sources: readonly Pick<SourceEntry, "id" | "title" | "kind" | "inferred">[] }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8">
        <p className="font-semibold text-fg">{site.name}</p>
        <p>
          Les informations de ce guide sont reformulées à partir de{" "}
          {sources.length === 1 ? "la source suivante, citée" : `${countInWords(sources.length, true)} sources, citées`} à chaque fait :
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={sourcePath(s.id)}>{s.title}</a> ({s.kind.toLowerCase()})
              <InferredLabel tag={inferredMarks.title} reasons={inferredReasons(s.inferred, ["title"])} block />
              <InferredLabel tag={inferredMarks.kind} reasons={inferredReasons(s.inferred, ["kind"])} block />
            </li>
          ))}
        </ul>
        <p className="no-print">
          <a href={sourcesPath}>Ce que nous avons repris de chaque source</a>
        </p>
        <ul className="no-print flex flex-wrap gap-x-5 gap-y-1">
          <li>
            <a href={glossaryPath}>Glossaire</a>
          </li>
          <li>
            <a href={openDataPath}>Données ouvertes</a>
          </li>
          <li>
            <a href={searchPath}>Rechercher</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
