import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { metadataFor } from "@/lib/site/metadata";
import { compareFichesPath, domainsPath, shortlistPath, titlesIndexPath } from "@/lib/site/routes";
import { RomeCredit } from "@/components/rome-credit";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { requirePage, requireReferential } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(shortlistPath));
}

/**
 * The fiches kept with « Garder ce métier »: the list lives in the browser's localStorage, so the page is static
 * and /scripts/mes-metiers.js fills it (title, domain, access in ROME's words, links, a remove button, a form to
 * compare two of them).
 */
export default function ShortlistPage() {
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader
        page={requirePage(shortlistPath)}
        lead={<p>Les fiches que vous gardez avec « Garder ce métier » restent ici, lisibles même sans réseau.</p>}
      />
      <p className="text-sm text-muted">
        Cette liste est enregistrée sur cet appareil seulement : ni compte, ni cookie, rien n&apos;est envoyé.
      </p>
      <noscript>
        <p>
          Cette liste a besoin de JavaScript. Sans lui, parcourez les métiers <a href={domainsPath}>par domaine</a> ou{" "}
          <a href={titlesIndexPath}>de A à Z</a>.
        </p>
      </noscript>
      <section className="space-y-3">
        <Heading id="fiches-gardees" title="Les fiches gardées" className="text-2xl font-bold" />
        <p id="shortlist-status" aria-live="polite" className="min-h-[1.5em]" />
        <ul id="shortlist" className="space-y-3" />
      </section>
      <form id="shortlist-compare" action={compareFichesPath} method="get" hidden className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="font-semibold">Comparer deux de mes métiers</legend>
          <div className="flex flex-wrap items-end gap-3">
            <p className="w-full min-w-0 sm:w-80">
              <label htmlFor="garde-1" className="block">
                Premier
              </label>
              <select id="garde-1" name="metiers" className="w-full rounded-lg border border-line bg-bg px-3 py-2" />
            </p>
            <p className="w-full min-w-0 sm:w-80">
              <label htmlFor="garde-2" className="block">
                Second
              </label>
              <select id="garde-2" name="metiers" className="w-full rounded-lg border border-line bg-bg px-3 py-2" />
            </p>
            <button
              type="submit"
              className="cursor-pointer rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
            >
              Comparer
            </button>
          </div>
        </fieldset>
      </form>
      <RomeCredit credit={romeCredit(requireReferential().referential.version)} links={romeLinks} />
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
      <script type="module" src="/scripts/mes-metiers.js" data-enhance="" />
    </div>
  );
}
