import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SourcedItems } from "@/components/sourced-items";
import { GlossaryScope } from "@/components/glossary-scope";
import { type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "competences");
}

export default async function SkillsPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources } = await requireSection(params, "competences");
  const { skills } = occupation;
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage page={page}>
        <section className="space-y-4">
          <Heading id="techniques" title="Compétences techniques" className="text-2xl font-bold" />
          <SourcedItems items={skills.technical} sources={sources} />
        </section>
        {skills.interpersonal.length > 0 && (
          <section className="space-y-4">
            <Heading id="savoir-etre" title="Savoir-être" className="text-2xl font-bold" />
            <SourcedItems items={skills.interpersonal} sources={sources} />
          </section>
        )}
        <Prose body={skills.body} />
      </OccupationPage>
    </GlossaryScope>
  );
}
