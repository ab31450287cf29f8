import type { Metadata } from "next";
import { FicheActions } from "@/components/fiche-actions";
import { JsonLd } from "@/components/json-ld";
import { PageHeader } from "@/components/page-header";
import { RomeFiche } from "@/components/rome-fiche";
import { metadataFor } from "@/lib/site/metadata";
import { romeFicheView } from "@/lib/site/rome-view";
import { romeOccupation } from "@/lib/site/structured-data";
import { getContent, requireRomeFiche, staticParams } from "@/app/_lib/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("rome-fiche");
}

type Params = Promise<{ fiche: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return metadataFor((await requireRomeFiche(params)).page);
}

export default async function RomeFichePage({ params }: { params: Params }) {
  const { rome, fiche, page } = await requireRomeFiche(params);
  const view = romeFicheView(rome, fiche, getContent());
  return (
    <article className="space-y-6">
      <PageHeader page={page} />
      <FicheActions code={fiche.code} title={fiche.title} domain={rome.domainLabel(fiche.domain)} access={fiche.access[0] ?? ""} />
      <JsonLd data={{ "@context": "https://schema.org", ...romeOccupation(view, page) }} />
      <RomeFiche view={view} />
    </article>
  );
}
