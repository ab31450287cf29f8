import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SourceRefs } from "@/components/source-refs";
import { SourcedItems } from "@/components/sourced-items";
import { GlossaryScope } from "@/components/glossary-scope";
import { type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "missions");
}

export default async function MissionsPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources } = await requireSection(params, "missions");
  const { missions } = occupation;
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage page={page}>
        <section className="space-y-4">
          <Heading id="missions" title="Ses missions" className="text-2xl font-bold" />
          <SourcedItems items={missions.items} sources={sources} />
        </section>
        {missions.phases.length > 0 && (
          <section className="space-y-4">
            <Heading id="phases" title="Les phases du travail" className="text-2xl font-bold" />
            <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {missions.phases.map((phase, i) => (
                <li key={phase.id} id={phase.id} className="flex gap-3 rounded-lg border border-line bg-surface p-4">
                  <span
                    aria-hidden="true"
                    className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent font-bold text-on-accent"
                  >
                    {i + 1}
                  </span>
                  <span className="font-medium">{phase.title}</span>
                </li>
              ))}
            </ol>
            <SourceRefs ids={[...new Set(missions.phases.flatMap((p) => p.sources))]} sources={sources} />
          </section>
        )}
        <Prose body={missions.body} />
      </OccupationPage>
    </GlossaryScope>
  );
}
