import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SourcedItems } from "@/components/sourced-items";
import { GlossaryScope } from "@/components/glossary-scope";
import { type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "formation");
}

export default async function TrainingPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources } = await requireSection(params, "formation");
  const { training } = occupation;
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage page={page}>
        <section className="space-y-4">
          <Heading id="voies" title="Les voies d'accès" className="text-2xl font-bold" />
          <SourcedItems items={training.paths} sources={sources} />
        </section>
        <Prose body={training.body} />
        <OurAddition id="apres-le-bac" title="Après le bac : les études possibles" items={training.added} />
      </OccupationPage>
    </GlossaryScope>
  );
}
