import { InferredLabel } from "@/components/inferred-label";

/**
 * A ratio between two figures, in the order a reader needs it: what the sources say (when given), what the
 * figures are not, then our ratio with its « déduit par nous » label and how we computed it.
 */
export function RatioStatement({
  said,
  sentence,
  reason,
  conditions,
  inferred,
  strong = false,
}: {
  said?: string;
  sentence: string;
  reason: string;
  conditions: string;
  inferred: readonly string[];
  strong?: boolean;
}) {
  return (
    <div className="space-y-1">
      {said && <p className={strong ? "text-fg" : undefined}>{said}</p>}
      <p className="text-base">
        {conditions} <a href="#a-savoir">Les précautions en détail</a>
      </p>
      <p className={strong ? "font-semibold text-fg" : "font-semibold"}>
        {sentence}
        <InferredLabel reasons={[reason]} />
      </p>
      <InferredLabel reasons={inferred} block />
    </div>
  );
}
