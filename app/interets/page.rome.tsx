import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { interestsOverview } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { interestsPath } from "@/lib/site/routes";
import { requirePage, requireReferential } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(interestsPath));
}

export default function InterestsPage() {
  const rome = requireReferential();
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader
        page={requirePage(interestsPath)}
        lead={<p>Partez de ce que vous aimez faire : chaque centre d&apos;intérêt mène aux métiers qui y répondent.</p>}
      />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      <Heading id="centres-d-interet" title="Choisir un centre d'intérêt" className="text-2xl font-bold" />
      <ul className="grid gap-3 sm:grid-cols-2">
        {interestsOverview(rome).map((i) => (
          <li key={i.path} className="rounded-lg border border-line bg-surface p-3">
            <a href={i.path} className="font-semibold">
              {i.label}
            </a>{" "}
            <span className="text-sm text-muted">({i.count} métiers)</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
