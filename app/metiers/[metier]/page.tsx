import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { KeyFacts } from "@/components/key-facts";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SectionLinks } from "@/components/section-links";
import { SourcedStatements } from "@/components/sourced-statements";
import { formatList } from "@/lib/site/format";
import { agree } from "@/lib/site/french";
import { GlossaryScope } from "@/components/glossary-scope";
import { getReferential, type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";
import { RomeSummaryBox } from "@/components/rome-summary";
import { romeSummary } from "@/lib/site/rome-view";
import { occupationJsonLd } from "@/lib/site/structured-data";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "occupation");
}

export default async function OccupationOverviewPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources, countries } = await requireSection(params, "occupation");
  const rome = getReferential();
  const summary = rome && occupation.rome ? romeSummary(rome, occupation.rome) : undefined;
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage
        page={page}
        lead={
          <>
            <p>{occupation.summary}</p>
            {occupation.aliases.length > 0 && (
              <p className="mt-2 text-base">
                Aussi {agree(occupation, "appelé", "appelée")} : {formatList(occupation.aliases.map((a) => a.label))}.
              </p>
            )}
          </>
        }
      >
        <JsonLd data={{ "@context": "https://schema.org", ...occupationJsonLd(occupation, countries) }} />
        <KeyFacts occupation={occupation} countries={countries} sources={sources} />
        <Prose body={occupation.body} />
        <SourcedStatements id="contexte" title="Le contexte du métier" statements={occupation.context} sources={sources} />
        <SourcedStatements id="defis" title="Les défis du métier" statements={occupation.challenges} tone="warm" sources={sources} />
        <OurAddition id="bon-a-savoir" title="Bon à savoir" items={occupation.added} />
        {summary && <RomeSummaryBox summary={summary} />}
        <SectionLinks occupation={occupation} />
      </OccupationPage>
    </GlossaryScope>
  );
}
