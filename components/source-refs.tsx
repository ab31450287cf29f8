import type { SourceLabel } from "@/lib/site/citations";
import { pick } from "@/lib/site/french";
import { sourcePath } from "@/lib/site/routes";

/** The short name of a source, or its id when the list lacks it. */
export function shortName(sources: readonly SourceLabel[], id: string): string {
  return sources.find((s) => s.id === id)?.short ?? id;
}

/** "Source : Fiche Backend · Article", each a link to what the site says of that article. */
export function SourceRefs({
  ids,
  sources,
  className = "",
}: {
  ids: readonly string[];
  sources: readonly SourceLabel[];
  className?: string;
}) {
  return (
    <p className={`text-sm text-muted ${className}`}>
      {pick(ids.length, "Source : ", "Sources : ")}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && " · "}
          <a href={sourcePath(id)} className="source-ref">
            {shortName(sources, id)}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Compact source tags for tables and chips: "F", "A" with the full name for assistive tech. */
export function SourceTags({ ids, sources }: { ids: readonly string[]; sources: readonly SourceLabel[] }) {
  return (
    <span className="inline-flex gap-1 align-middle">
      {ids.map((id) => {
        const source = sources.find((s) => s.id === id);
        return (
          <a
            key={id}
            href={sourcePath(id)}
            className="source-ref rounded border border-line px-1.5 text-xs leading-5 font-semibold no-underline text-muted hover:text-accent"
            title={source?.title}
          >
            {source?.short ?? id}
          </a>
        );
      })}
    </span>
  );
}
