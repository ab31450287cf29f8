import { Heading } from "@/components/heading";
import { formatList } from "@/lib/site/format";
import type { Addition } from "@/lib/content/schema";

/**
 * What we add to the sources (general knowledge a student needs), set apart from what the sources say:
 * a dashed warm frame and a visible « Hors sources » label on every item. `compact` is the printed fiche's
 * variant: titles and text only, in a plain list.
 */
export function OurAddition({
  id,
  title,
  items,
  compact = false,
  titlesOnly,
}: {
  /** Anchor of the section's heading. */
  id: string;
  title: string;
  items: readonly Addition[] | undefined;
  compact?: boolean;
  /** With `compact`: only the titles, in one paragraph, then this line (where to read the rest). */
  titlesOnly?: string;
}) {
  if (!items || items.length === 0) return null;
  if (compact && titlesOnly)
    return (
      <section className="space-y-2 text-sm" aria-labelledby={id}>
        <Heading level={3} id={id} title={title} className="text-xl font-bold">
          <HorsSources className="ml-2" />
        </Heading>
        <p>
          {items.map((a) => a.title).join(" · ")}. {titlesOnly}
        </p>
      </section>
    );
  if (compact)
    return (
      <section className="space-y-2 text-sm" aria-labelledby={id}>
        <Heading level={3} id={id} title={title} className="text-xl font-bold">
          <HorsSources className="ml-2" />
        </Heading>
        <ul className="list-disc space-y-1 pl-5">
          {items.map((a) => (
            <li key={a.id}>
              <span className="font-semibold">{a.title}</span>
              {/[?!]$/.test(a.title) ? " " : " : "}
              {a.text}
              {a.links && a.links.length > 0 && ` (${formatList(a.links.map((l) => new URL(l.url).hostname.replace(/^www\./, "")))})`}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section className="space-y-3" aria-labelledby={id}>
      <Heading id={id} title={title} className="text-2xl font-bold" />
      <ul className="grid gap-4 sm:grid-cols-2">
        {items.map((a) => (
          <li key={a.id} className="flex flex-col gap-2 rounded-lg border-2 border-dashed border-warm bg-warm-soft p-4">
            <HorsSources />
            <Heading level={3} id={a.id} title={a.title} className="text-lg leading-snug font-semibold" />
            <p>{a.text}</p>
            {a.links && a.links.length > 0 && (
              <ul className="space-y-1 text-sm">
                {a.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="external noopener noreferrer">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The label that tells this is ours, not the sources'. */
export function HorsSources({ className = "" }: { className?: string }) {
  return (
    <span
      className={`${className} inline-block w-fit rounded border border-warm px-1.5 align-middle text-xs font-semibold tracking-wide text-warm uppercase`}
    >
      Hors sources
    </span>
  );
}
