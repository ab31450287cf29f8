import { Heading } from "@/components/heading";
import type { Occupation } from "@/lib/content/load";
import { occupationSections } from "@/lib/site/registry";
import { occupationPath } from "@/lib/site/routes";

/** Every section of the occupation with one line on what it holds (each section's kind writes its line). */
export function SectionLinks({ occupation }: { occupation: Occupation }) {
  const entries = occupationSections.flatMap((s) => (s.summary ? [{ key: s.key, label: s.label, text: s.summary(occupation) }] : []));
  return (
    <section className="no-print space-y-3">
      <Heading id="rubriques" title="Toutes les rubriques" className="text-2xl font-bold" />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {entries.map((e) => (
          <li key={e.key}>
            <a
              href={occupationPath(occupation.slug, e.key)}
              className="block h-full rounded-lg border border-line p-4 no-underline hover:border-accent hover:bg-accent-soft"
            >
              <span className="block font-semibold underline">{e.label}</span>
              <span className="mt-1 block text-sm text-muted">{e.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
