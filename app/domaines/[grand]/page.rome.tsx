import type { Metadata } from "next";
import { Heading } from "@/components/heading";
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
  return staticParams("grand-domain");
}

type Params = Promise<{ grand: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return metadataFor(requirePage(domainPath((await params).grand)));
}

export default async function GrandDomainPage({ params }: { params: Params }) {
  const { grand } = await params;
  const rome = requireReferential();
  const page = requirePage(domainPath(grand));
  return (
    <div className="space-y-8" data-no-glossary="">
      <PageHeader page={page} />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      {rome.domainsOf(grand.toUpperCase()).map((d) => (
        <section key={d.code} aria-labelledby={d.code.toLowerCase()} className="space-y-2">
          <Heading id={d.code.toLowerCase()} title={d.label} href={domainPath(grand, d.code)} className="text-xl font-bold" />
          <FicheList fiches={domainFiches(rome, d.code)} />
        </section>
      ))}
    </div>
  );
}
