import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { domainsOverview } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { domainsPath } from "@/lib/site/routes";
import { requirePage, requireReferential } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(domainsPath));
}

export default function DomainsPage() {
  const rome = requireReferential();
  return (
    <div className="space-y-8" data-no-glossary="">
      <PageHeader
        page={requirePage(domainsPath)}
        lead={<p>Choisissez un domaine, puis un groupe de métiers : chaque fiche dit le métier, l&apos;accès et les compétences.</p>}
      />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      <ul className="space-y-6">
        {domainsOverview(rome).map((g) => (
          <li key={g.code} className="space-y-2">
            <Heading id={g.code.toLowerCase()} title={g.label} href={g.path} className="text-xl font-bold" />
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {g.domains.map((d) => (
                <li key={d.code}>
                  <a href={d.path}>{d.label}</a> <span className="text-sm text-muted">({d.count})</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
