import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { KeyFacts } from "@/components/key-facts";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { RolePage } from "@/components/role-page";
import { SectionLinks } from "@/components/section-links";
import { SourcedStatements } from "@/components/sourced-statements";
import { formatList } from "@/lib/site/format";
import { agree } from "@/lib/site/french";
import { GlossaryScope } from "@/components/glossary-scope";
import { getReferential, type RoleParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";
import { RomeSummaryBox } from "@/components/rome-summary";
import { romeSummary } from "@/lib/site/rome-view";
import { occupation } from "@/lib/site/structured-data";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  return sectionMetadata(params, "role");
}

export default async function RoleOverviewPage({ params }: { params: RoleParams }) {
  const { role, page, sources, countries } = await requireSection(params, "role");
  const rome = getReferential();
  const summary = rome && role.rome ? romeSummary(rome, role.rome) : undefined;
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <RolePage
        page={page}
        lead={
          <>
            <p>{role.summary}</p>
            {role.aliases.length > 0 && (
              <p className="mt-2 text-base">
                Aussi {agree(role, "appelé", "appelée")} : {formatList(role.aliases.map((a) => a.label))}.
              </p>
            )}
          </>
        }
      >
        <JsonLd data={{ "@context": "https://schema.org", ...occupation(role, countries) }} />
        <KeyFacts role={role} countries={countries} sources={sources} />
        <Prose body={role.body} />
        <SourcedStatements id="contexte" title="Le contexte du métier" statements={role.context} sources={sources} />
        <SourcedStatements id="defis" title="Les défis du métier" statements={role.challenges} tone="warm" sources={sources} />
        <OurAddition id="bon-a-savoir" title="Bon à savoir" items={role.added} />
        {summary && <RomeSummaryBox summary={summary} />}
        <SectionLinks role={role} />
      </RolePage>
    </GlossaryScope>
  );
}
