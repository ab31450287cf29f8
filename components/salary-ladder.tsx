import { Heading } from "@/components/heading";
import type { SalaryRow } from "@/lib/domain/salary";
import { formatMoneyRange } from "@/lib/site/format";
import { experienceLabel, levelLabel, periodLabel } from "@/lib/domain/salary";

const order = ["junior", "confirme", "senior"] as const;
/** Each step a little taller than the one before (classes, not inline styles: the CSP forbids those). */
const stepHeight = ["min-h-28", "min-h-36", "min-h-44"];

/** Junior → senior as rising steps, for a country whose source gives levels. Renders nothing otherwise. */
export function SalaryLadder({ rows, heading }: { rows: readonly SalaryRow[]; heading?: { id: string; title: string } }) {
  const steps = rows
    .filter((r) => r.figure.level !== "all")
    .sort((a, b) => order.indexOf(a.figure.level as (typeof order)[number]) - order.indexOf(b.figure.level as (typeof order)[number]));
  if (steps.length < 2) return null;
  const ladder = (
    <ol aria-label="Progression des salaires de junior à senior" className="flex items-end gap-2 sm:gap-3">
      {steps.map((r, i) => (
        <li
          key={r.figure.id}
          className={`flex-1 rounded-t-lg border border-b-4 border-line border-b-accent bg-accent-soft p-3 ${stepHeight[Math.min(i, stepHeight.length - 1)]}`}
        >
          <p className="text-sm font-semibold text-accent">
            {i + 1}. {levelLabel[r.figure.level]}
          </p>
          <p className="font-bold">
            {formatMoneyRange(r.stated.low, r.stated.high, r.currency)} {periodLabel[r.figure.period]}
          </p>
          <p className="text-sm text-muted">Expérience : {experienceLabel(r.figure)}</p>
        </li>
      ))}
    </ol>
  );
  if (!heading) return ladder;
  return (
    <section className="space-y-4">
      <Heading id={heading.id} title={heading.title} className="text-2xl font-bold" />
      {ladder}
    </section>
  );
}
