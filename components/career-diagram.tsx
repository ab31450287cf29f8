import { shortName } from "@/components/source-refs";
import type { Career } from "@/lib/content/schema";
import { layoutCareer } from "@/lib/domain/career";
import type { SourceLabel } from "@/lib/site/citations";
import { formatList } from "@/lib/site/format";

const W = 380;
const INDENT = 30;
const ROW = 58;
const BOX_H = 44;
const PAD = 2;

/** The career paths as an indented tree drawn at build as SVG; each role says which sources cite it. */
export function CareerDiagram({ career, id, sources }: { career: Career; id: string; sources: readonly SourceLabel[] }) {
  const placed = layoutCareer(career);
  const at = new Map(placed.map((p) => [p.id, p]));
  const height = placed.length * ROW - (ROW - BOX_H) + 2 * PAD;
  const citedBy = (roleId: string) =>
    [...new Set(career.paths.filter((p) => p.to === roleId).flatMap((p) => p.sources))].sort().map((s) => shortName(sources, s));
  return (
    <figure className="space-y-3">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${W} ${height}`} className="h-auto w-full max-w-xl">
        <title id={`${id}-title`}>Schéma des évolutions de carrière</title>
        <desc id={`${id}-desc`}>
          {[...new Set(career.paths.map((p) => p.from))]
            .map(
              (from) =>
                `Depuis ${at.get(from)?.title} : ${formatList(career.paths.filter((p) => p.from === from).map((p) => at.get(p.to)?.title ?? p.to))}`,
            )
            .join(". ")}
          . Le détail et les sources suivent en texte.
        </desc>
        {career.paths.map((p) => {
          const from = at.get(p.from);
          const to = at.get(p.to);
          if (!from || !to) return null;
          const x = PAD + from.depth * INDENT + 12;
          return (
            <path
              key={`${p.from}-${p.to}`}
              d={`M${x} ${PAD + from.row * ROW + BOX_H} V${PAD + to.row * ROW + BOX_H / 2} H${PAD + to.depth * INDENT}`}
              fill="none"
              stroke="var(--muted)"
              strokeWidth={1.5}
            />
          );
        })}
        {placed.map((r) => {
          const x = PAD + r.depth * INDENT;
          const y = PAD + r.row * ROW;
          const start = r.depth === 0;
          const sources = citedBy(r.id);
          return (
            <g key={r.id}>
              <rect
                x={x}
                y={y}
                width={W - x - PAD}
                height={BOX_H}
                rx={8}
                fill={start ? "var(--accent)" : "var(--surface)"}
                stroke={start ? "var(--accent)" : "var(--border)"}
              />
              <text
                x={x + 10}
                y={y + (sources.length ? 17 : BOX_H / 2)}
                dominantBaseline="central"
                fontSize={15}
                fontWeight={start ? 700 : 600}
                fill={start ? "var(--on-accent)" : "var(--fg)"}
              >
                {r.title}
              </text>
              {sources.length > 0 && (
                <text x={x + 10} y={y + 34} dominantBaseline="central" fontSize={11.5} fill="var(--muted)">
                  {sources.join(" · ")}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted">
        Sous chaque poste, la ou les sources qui le citent. Un poste plus à droite vient après celui dont il part.
      </figcaption>
    </figure>
  );
}
