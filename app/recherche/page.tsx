import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { slugify } from "@/lib/content/slug";
import { PageHeader } from "@/components/page-header";
import { metadataFor } from "@/lib/site/metadata";
import { searchPath } from "@/lib/site/routes";
import { getRegistry } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(searchPath));
}

/**
 * With JavaScript, /scripts/recherche.js reveals the search form and loads the Pagefind index on first input;
 * without it, the page is the list of every page of the site.
 */
export default function SearchPage() {
  const registry = getRegistry();
  const groups = registry.directory();
  return (
    <div className="space-y-8" data-no-glossary="">
      <PageHeader page={registry.get(searchPath)} />
      <form role="search" action={searchPath} method="get" hidden data-search-form="" className="max-w-2xl space-y-3">
        <label htmlFor="q" className="block font-semibold">
          Mot ou expression à chercher
        </label>
        <input
          id="q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck="false"
          className="w-full rounded-lg border border-line bg-bg px-3 py-2 text-lg focus:border-accent"
        />
        <p id="search-status" role="status" className="text-sm text-muted" />
        <ol id="search-results" className="space-y-5" />
      </form>
      <section className="space-y-4">
        <Heading id="toutes-les-pages" title="Toutes les pages du guide" className="text-2xl font-bold" />
        {groups.map((g) => (
          <div key={g.title} className="space-y-2">
            <Heading level={3} id={slugify(g.title)} title={g.title} className="font-semibold" />
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {g.pages.map((p) => (
                <li key={p.path}>
                  <a href={p.path}>{p.label}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
      <script type="module" src="/scripts/recherche.js" data-enhance="" />
    </div>
  );
}
