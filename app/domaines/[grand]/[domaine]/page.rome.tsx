import type { Metadata } from "next";
import { FicheList } from "@/components/fiche-list";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { domainFiches } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { domainPath } from "@/lib/site/routes";
import { requirePage, requireReferential, staticParams } from "@/app/_lib/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("domain");
}

type Params = Promise<{ grand: string; domaine: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { grand, domaine } = await params;
  return metadataFor(requirePage(domainPath(grand, domaine)));
}

export default async function DomainPage({ params }: { params: Params }) {
  const { grand, domaine } = await params;
  const rome = requireReferential();
  const page = requirePage(domainPath(grand, domaine));
  const fiches = domainFiches(rome, domaine.toUpperCase());
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader page={page} />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      <ul className="space-y-3">
        {fiches.map((f) => (
          <li key={f.code}>
            <a href={f.path} className="font-semibold">
              {f.title}
            </a>{" "}
            <span className="text-xs text-muted">{f.code}</span>
            {f.emplois.length > 0 && (
              <div className="mt-1 border-l-2 border-line pl-3 text-sm">
                <p className="text-muted">Emplois de ce métier :</p>
                <FicheList fiches={f.emplois} columns={false} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
