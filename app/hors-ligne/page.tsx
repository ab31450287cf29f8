import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { metadataFor } from "@/lib/site/metadata";
import { homePath, offlinePath } from "@/lib/site/routes";
import { GlossaryScope } from "@/components/glossary-scope";
import { requirePage, glossaryTerms } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(offlinePath));
}

/**
 * What the offline worker (/sw.js) shows for a page never opened on this device: /scripts/hors-ligne.js lists the
 * pages it kept. Online, the page is reachable like any other and says the same.
 */
export default function OfflinePage() {
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <div className="space-y-6" data-no-glossary="">
        <PageHeader
          page={requirePage(offlinePath)}
          lead={
            <p>
              Cette page n&apos;a pas encore été ouverte sur cet appareil : elle s&apos;affichera dès le retour du réseau. En attendant, les
              pages déjà ouvertes se lisent sans connexion.
            </p>
          }
        />
        <Heading id="pages-gardees" title="Les pages gardées sur cet appareil" className="text-2xl font-bold" />
        <p id="offline-status" aria-live="polite" className="min-h-[1.5em]" />
        <ul id="offline-pages" className="list-disc space-y-1 pl-5" />
        <p>
          <a href={homePath}>Retour à l&apos;accueil</a>
        </p>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
        <script type="module" src="/scripts/hors-ligne.js" data-enhance="" />
      </div>
    </GlossaryScope>
  );
}
