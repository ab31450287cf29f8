import { InferredLabel } from "@/components/inferred-label";

/** A ratio in words, what it is not right under it, and the inferred fields it rests on. */
export function RatioStatement({
  sentence,
  conditions,
  inferred,
  strong = false,
}: {
  sentence: string;
  conditions: string;
  inferred: readonly string[];
  strong?: boolean;
}) {
  return (
    <div className="space-y-1">
      <p className={strong ? "font-semibold text-fg" : "font-semibold"}>{sentence}</p>
      <p className="text-base">
        {conditions} <a href="#a-savoir">Les précautions en détail</a>
      </p>
      <InferredLabel reasons={inferred} block />
    </div>
  );
}
