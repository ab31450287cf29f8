import { getSource } from "@/lib/content/load";
import { sourcePath } from "@/lib/site/routes";

/** "Source : Fiche métier · Article", each a link to what the site says of that article. */
export function SourceRefs({ ids, className = "" }: { ids: readonly string[]; className?: string }) {
  return (
    <p className={`text-sm text-muted ${className}`}>
      {ids.length > 1 ? "Sources : " : "Source : "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && " · "}
          <a href={sourcePath(id)} className="source-ref">
            {getSource(id)?.short ?? id}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Compact source tags for tables and chips: "F", "A" with the full name for assistive tech. */
export function SourceTags({ ids }: { ids: readonly string[] }) {
  return (
    <span className="inline-flex gap-1 align-middle">
      {ids.map((id) => {
        const source = getSource(id);
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
