import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { getContent, getRegistry } from "@/app/_lib/content";
import { glossaryByLetter } from "@/lib/domain/glossary";
import { metadataFor } from "@/lib/site/metadata";
import { glossaryPath, openDataFilePath, openDataFiles, openDataPath } from "@/lib/site/routes";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(glossaryPath));
}

export default function GlossaryPage() {
  const { glossary } = getContent();
  const registry = getRegistry();
  const groups = glossaryByLetter(glossary.terms);
  return (
    // data-no-glossary: the other pages link their terms here (components/glossary-scope.tsx); this page links none.
    <div className="space-y-8" data-no-glossary="">
      <PageHeader page={registry.get(glossaryPath)} lead={<Prose body={glossary.body} />} />
      <nav aria-label="Lettres du glossaire" className="no-print">
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <li key={g.id}>
              <a
                href={`#${g.id}`}
                className="inline-block min-w-9 rounded-md border border-line px-2 py-1 text-center font-semibold no-underline hover:border-accent"
              >
                {g.letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} className="space-y-4">
          <Heading id={g.id} title={g.letter} className="border-b border-line pb-1 text-2xl font-bold" />
          <div className="space-y-6">
            {g.terms.map((t) => (
              <div key={t.id} className="glossary-term max-w-3xl space-y-2 rounded-lg px-3 py-2">
                <Heading level={3} id={t.id} title={t.term} className="text-xl font-bold" />
                <p>{t.definition}</p>
                {/* Page titles, not the term's meaning: left out of the search index. */}
                <div className="text-sm text-muted" data-pagefind-ignore="">
                  <p id={`${t.id}-pages`}>Employé dans :</p>
                  <ul aria-labelledby={`${t.id}-pages`} data-glossary-uses={t.id} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {registry.usesOf(t.id).map((p) => (
                      <li key={p.path}>
                        <a href={p.path}>{p.heading}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            ))}
          </div>
        </section>
      ))}
      <p className="text-sm text-muted">
        Ce glossaire existe aussi en <a href={openDataFilePath(openDataFiles.glossary)}>données ouvertes (JSON)</a> ; voir{" "}
        <a href={openDataPath}>les données ouvertes du guide</a>.
      </p>
    </div>
  );
}
