import { inferredTag } from "@/lib/domain/inferred";

/**
 * The label of a field we inferred: « déduit par nous » and the reason, as visible text (read without hovering,
 * printed on paper). Renders nothing when there is no reason. The one component for this label.
 */
export function InferredLabel({
  reasons,
  block = false,
  className = "",
}: {
  reasons: readonly string[];
  block?: boolean;
  className?: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <span data-inferred className={`${block ? "block" : ""} text-sm font-normal text-muted ${className}`}>
      {!block && " "}
      <span className="rounded border border-line px-1 text-xs font-semibold whitespace-nowrap">{inferredTag}</span>
      <span className="sr-only"> :</span> {reasons.join(" ")}
    </span>
  );
}
