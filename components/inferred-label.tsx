import { inferredTag } from "@/lib/domain/inferred";

/**
 * The label of a field we inferred: « déduit par nous » (or, with `tag`, « pays déduit par nous ») and the
 * reason, as visible text (read without hovering, printed on paper). Renders nothing when there is no reason.
 * The one component for this label.
 */
export function InferredLabel({
  reasons,
  tag = inferredTag,
  block = false,
  className = "",
}: {
  reasons: readonly string[];
  /** What is inferred, with the label: « pays déduit par nous » (see `inferredMarks`). */
  tag?: string;
  block?: boolean;
  className?: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <span data-inferred className={`${block ? "block" : ""} text-sm font-normal text-muted ${className}`}>
      {!block && " "}
      <span className="rounded border border-line px-1 text-xs font-semibold whitespace-nowrap">{tag}</span>
      <span className="sr-only"> :</span> {reasons.join(" ")}
    </span>
  );
}
