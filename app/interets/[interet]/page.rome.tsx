import type { Metadata } from "next";
import { FicheList } from "@/components/fiche-list";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { interestFiches } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { interestPath } from "@/lib/site/routes";
import { requirePage, requireReferential, staticParams } from "@/app/_lib/content";
import { notFound } from "next/navigation";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("interest");
}

type Params = Promise<{ interet: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return metadataFor(requirePage(interestPath((await params).interet)));
}

export default async function InterestPage({ params }: { params: Params }) {
  const { interet } = await params;
  const rome = requireReferential();
  const interest = rome.interests.find((i) => i.slug === interet) ?? notFound();
  const { main, others } = interestFiches(rome, interest.code);
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader page={requirePage(interestPath(interet))} />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      <blockquote className="rome-text space-y-2 border-l-4 border-accent bg-surface p-3">
        {interest.definition.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </blockquote>
      {main.length > 0 && (
        <section aria-labelledby="metiers-phares" className="space-y-2">
          <Heading id="metiers-phares" title="Les métiers phares" className="text-2xl font-bold" />
          <FicheList fiches={main} />
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="autres-metiers" className="space-y-2">
          <Heading id="autres-metiers" title={main.length ? "Les autres métiers" : "Les métiers"} className="text-2xl font-bold" />
          <FicheList fiches={others} />
        </section>
      )}
    </div>
  );
}
