import type { SalaryRow } from "@/lib/domain/salary";
import { formatMoney } from "@/lib/site/format";
import { inferredMarks, withShortMark } from "@/lib/domain/inferred";
import { derivationMark, shownAmount } from "@/lib/site/salary-text";

/** "≈ 3 800 à 4 600 € (÷ 12)": the monthly amount in euros, with how we computed it when we did. */
function monthly(r: SalaryRow, per: string): string {
  const mark = derivationMark(r.derived.monthEur);
  return `${shownAmount(r.monthEur, "EUR", r.derived.monthEur)}${per}${mark ? ` (${mark})` : ""}`;
}

const ROW = 58;
const TOP = 8;
const AXIS = 30;

/** Smallest "nice" axis maximum above the largest value: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(value, 1)));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * power >= value) return m * power;
  return 10 * power;
}

/**
 * Monthly salaries in euros as horizontal bars (a range) or dots (an average), drawn at build as SVG.
 * Positions are percentages and text keeps its real size, so the chart reads at 360 px as on a desktop.
 */
export function SalaryChart({ rows, id, countryOrder }: { rows: readonly SalaryRow[]; id: string; countryOrder: readonly string[] }) {
  const max = niceMax(Math.max(...rows.map((r) => r.monthEur.high)));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  const pct = (v: number) => `${2 + (v / max) * 94}%`;
  const height = TOP + rows.length * ROW + AXIS;
  const colour = (country: string) => (countryOrder.indexOf(country) % 2 === 0 ? "var(--chart-a)" : "var(--chart-b)");
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={height} className="block overflow-visible">
      <title id={`${id}-title`}>Salaires par mois, en euros, par pays et par niveau</title>
      <desc id={`${id}-desc`}>
        {rows
          .map(
            (r) =>
              `${withShortMark(r.country.name, Boolean(r.salary.inferred.country), inferredMarks.country)}, ${withShortMark(r.figure.label, Boolean(r.figure.inferred.period), inferredMarks.period)} : ${monthly(r, " par mois")}`,
          )
          .join(" ; ")}
        .{rows.some((r) => r.derived.monthEur.period) && " ÷ 12 : montant annuel divisé par 12, calcul déduit par nous."} Les mêmes chiffres
        figurent dans le tableau qui suit.
      </desc>
      {ticks.map((t, i) => (
        // On phones only 0, the middle and the end are labelled, so labels never overlap.
        <g key={t} className={i % 2 ? "hidden sm:inline" : undefined}>
          <line x1={pct(t)} x2={pct(t)} y1={TOP} y2={height - AXIS + 4} stroke="var(--border)" strokeDasharray={t ? "3 3" : undefined} />
          <text x={pct(t)} y={height - 8} textAnchor={t === 0 ? "start" : t === max ? "end" : "middle"} fontSize={12} fill="var(--muted)">
            {formatMoney(t, "EUR")}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const c = colour(r.country.slug);
        return (
          <g key={`${r.country.slug}-${r.figure.id}`}>
            <text x="2%" y={y + 16} fontSize={14} fill="var(--fg)">
              <tspan fontWeight={700}>
                {withShortMark(r.country.name, Boolean(r.salary.inferred.country), inferredMarks.compact)} ·{" "}
                {withShortMark(r.figure.label, Boolean(r.figure.inferred.period), inferredMarks.compact)}
              </tspan>
              <tspan fill="var(--muted)"> {monthly(r, "/mois")}</tspan>
            </text>
            {r.figure.kind === "range" ? (
              <rect
                x={pct(r.monthEur.low)}
                y={y + 26}
                width={`${((r.monthEur.high - r.monthEur.low) / max) * 94}%`}
                height={18}
                rx={4}
                fill={c}
              />
            ) : (
              <circle cx={pct(r.monthEur.low)} cy={y + 35} r={9} fill={c} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
