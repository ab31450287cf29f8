import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { slugify } from "@/lib/content/slug";
import { PageHeader } from "@/components/page-header";
import { metadataFor } from "@/lib/site/metadata";
import { searchPath, titlesIndexPath } from "@/lib/site/routes";
import { GlossaryScope } from "@/components/glossary-scope";
import { getRegistry, glossaryTerms } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(searchPath));
}

/**
 * A GET form, in the page from the start (nothing moves when the script loads): with JavaScript,
 * /scripts/recherche.js loads the Pagefind index on first input and lists the results under the box; without it,
 * submitting lands here again, on the list of every page of the site.
 */
export default function SearchPage() {
  const registry = getRegistry();
  const groups = registry.directory();
  // The A–Z index exists when the site has the national referential.
  const az = registry.find(titlesIndexPath);
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <div className="space-y-8" data-no-glossary="">
        <PageHeader page={registry.get(searchPath)} />
        <form role="search" action={searchPath} method="get" data-search-form="" className="max-w-2xl space-y-3">
          <label htmlFor="q" className="block font-semibold">
            Mot ou expression à chercher
          </label>
          <div className="flex gap-2">
            <input
              id="q"
              name="q"
              type="search"
              autoComplete="off"
              spellCheck="false"
              className="min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 py-2 text-lg focus:border-accent"
            />
            <button
              type="submit"
              className="shrink-0 cursor-pointer rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
            >
              Rechercher
            </button>
          </div>
          <noscript>
            <p className="text-sm text-muted">
              Sans JavaScript, la recherche ne peut pas fonctionner :{" "}
              {az ? (
                <>
                  cherchez un métier dans les <a href={az.path}>métiers de A à Z</a>, ou une page du guide dans la liste ci-dessous.
                </>
              ) : (
                "toutes les pages du guide sont listées ci-dessous."
              )}
            </p>
          </noscript>
          {/* A line reserved for the status, so the first message moves nothing. */}
          <p id="search-status" role="status" className="min-h-[1.5em] text-sm text-muted" />
          {/* Two lines reserved for the offline note (two at most, from 360 px up), so it moves nothing either. */}
          <p id="search-offline" className="min-h-[3em] text-sm text-muted" />
          <div id="search-fiches" className="space-y-2" />
          <div id="search-results" className="space-y-2" />
        </form>
        <section className="space-y-4">
          <Heading id="toutes-les-pages" title="Toutes les pages du guide" className="text-2xl font-bold" />
          {az && (
            <p>
              Les fiches du référentiel national se parcourent par <a href={az.path}>nom de métier, de A à Z</a>.
            </p>
          )}
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
    </GlossaryScope>
  );
}
