import { Heading } from "@/components/heading";
import { SourceRefs } from "@/components/source-refs";
import type { SourcedStatement } from "@/lib/content/schema";
import type { SourceLabel } from "@/lib/site/citations";

/** A titled list of facts (the market, the challenges), each with its anchor and its sources. */
export function SourcedStatements({
  id,
  title,
  statements,
  sources,
  tone = "accent",
}: {
  id: string;
  title: string;
  statements: readonly SourcedStatement[];
  sources: readonly SourceLabel[];
  tone?: "accent" | "warm";
}) {
  if (statements.length === 0) return null;
  return (
    <section className="space-y-3">
      <Heading id={id} title={title} className="text-2xl font-bold" />
      <ul className="space-y-3">
        {statements.map((c) => (
          <li key={c.id} id={c.id} className={`border-l-4 pl-4 ${tone === "warm" ? "border-warm" : "border-accent"}`}>
            <p>{c.text}</p>
            <SourceRefs ids={c.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
