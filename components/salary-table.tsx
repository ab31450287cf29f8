import { InferredLabel } from "@/components/inferred-label";
import { SourceTags } from "@/components/source-refs";
import type { SalaryRow } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { formatMoneyRange } from "@/lib/site/format";
import { inferredMarks, inferredReasons, inferredTag, withShortMark } from "@/lib/domain/inferred";
import { basisLabel, type Derivation, experienceLabel, periodLabel, type Span } from "@/lib/domain/salary";
import { derivationMark, derivationReasons, shownAmount } from "@/lib/site/salary-text";

/** An amount in euros as shown in a cell: « ≈ » and, under it, how we computed it when we did. */
function EuroCell({ span, d }: { span: Span; d: Derivation }) {
  const mark = derivationMark(d);
  return (
    <>
      {shownAmount(span, "EUR", d)}
      {mark && <span className="block text-xs text-muted">({`${mark}, ${inferredTag}`})</span>}
    </>
  );
}

/** Column labels, also shown before each value when a row stacks on a narrow screen. */
const columns = {
  country: "Pays",
  level: "Niveau",
  stated: "Montant donné par la source",
  basis: "Brut ou net",
  experience: "Expérience",
  month: "Par mois, en €",
  year: "Par an, en €",
  source: "Source",
} as const;

/**
 * The figures exactly as each source gives them, then per month and per year in euros: the amounts we computed
 * carry « ≈ », how (÷ 12, × 12) and « déduit par nous », with the reasons once under the table.
 * A real table (valid HTML: no explicit roles, which the Nu checker rejects on table parts); under the `sm` breakpoint each
 * row stacks into a card of « label : value » lines instead of scrolling sideways (see `.salary-table` in
 * globals.css).
 */
export function SalaryTable({
  rows,
  caption,
  sources,
  showCountry = true,
}: {
  rows: readonly SalaryRow[];
  caption: string;
  sources: readonly SourceLabel[];
  showCountry?: boolean;
}) {
  // Cells carry a short mark; the label and its reason follow the table once, as a note.
  const notes = [
    ...[...new Map(rows.map((r) => [r.country.slug, r])).values()].flatMap((r) =>
      inferredReasons(r.salary.inferred, ["country"]).map((reason) => ({ tag: `${inferredMarks.country} (${r.country.name})`, reason })),
    ),
    ...rows.flatMap((r) =>
      inferredReasons(r.figure.inferred, ["period"]).map((reason) => ({
        tag: `${inferredMarks.period} (${r.figure.label.toLowerCase()})`,
        reason,
      })),
    ),
  ];
  return (
    <div className="space-y-2">
      {/* From `sm` up it may scroll sideways; focusable so keyboard users can scroll it too. */}
      <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={caption}>
        <table className="salary-table w-full border-collapse text-left text-sm sm:min-w-[36rem]">
          <caption data-no-glossary="" className="bg-surface px-3 py-2 text-left font-semibold">
            {caption}
          </caption>
          <thead className="bg-surface-strong">
            <tr>
              {showCountry && (
                <th scope="col" className="px-3 py-2">
                  {columns.country}
                </th>
              )}
              {(["level", "stated", "basis", "experience", "month", "year", "source"] as const).map((key) => (
                <th key={key} scope="col" className="px-3 py-2">
                  {columns[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.country.slug}-${r.figure.id}`} className="border-t border-line align-top">
                {showCountry && (
                  <th scope="row" className="px-3 py-2 font-semibold">
                    {withShortMark(r.country.name, Boolean(r.salary.inferred.country), inferredMarks.compact)}
                  </th>
                )}
                <td data-label={columns.level} className="px-3 py-2">
                  {r.figure.label}
                </td>
                <td data-label={columns.stated} className="salary-stated px-3 py-2 sm:whitespace-nowrap">
                  {formatMoneyRange(r.stated.low, r.stated.high, r.currency)} {periodLabel[r.figure.period]}
                  {r.figure.kind === "average" && " (moyenne)"}
                  {r.figure.inferred.period && <span className="block text-xs text-muted">({inferredMarks.period})</span>}
                </td>
                <td data-label={columns.basis} className="px-3 py-2">
                  {basisLabel[r.figure.basis]}
                </td>
                <td data-label={columns.experience} className="px-3 py-2">
                  {experienceLabel(r.figure)}
                </td>
                <td data-label={columns.month} className="px-3 py-2 whitespace-nowrap">
                  <EuroCell span={r.monthEur} d={r.derived.monthEur} />
                </td>
                <td data-label={columns.year} className="px-3 py-2 whitespace-nowrap">
                  <EuroCell span={r.yearEur} d={r.derived.yearEur} />
                </td>
                <td data-label={columns.source} className="px-3 py-2 sm:whitespace-nowrap">
                  <SourceTags ids={[r.salary.source]} sources={sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((n) => (
        <InferredLabel key={n.tag} tag={n.tag} reasons={[n.reason]} block />
      ))}
      <InferredLabel reasons={derivationReasons(rows)} block />
    </div>
  );
}
