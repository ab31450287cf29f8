import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { KeyFacts } from "@/components/key-facts";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { RolePage } from "@/components/role-page";
import { SectionLinks } from "@/components/section-links";
import { SourcedStatements } from "@/components/sourced-statements";
import { formatList } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { type RoleParams, requireRole } from "@/lib/params";
import { rolePath } from "@/lib/routes";
import { occupation } from "@/lib/structured-data";
import { roleTrail } from "@/lib/trail";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  const role = await requireRole(params);
  return metadataFor(rolePath(role.slug));
}

export default async function RoleOverviewPage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  return (
    <RolePage
      role={role}
      section="role"
      trail={roleTrail(role)}
      title={role.title}
      lead={
        <>
          <p>{role.summary}</p>
          {role.aliases.length > 0 && (
            <p className="mt-2 text-base">Aussi appelé : {formatList(role.aliases.map((a) => a.label))}.</p>
          )}
        </>
      }
    >
      <JsonLd data={{ "@context": "https://schema.org", ...occupation(role) }} />
      <KeyFacts role={role} />
      <Prose body={role.body} />
      <SourcedStatements id="contexte" title="Un métier recherché" statements={role.context} />
      <SourcedStatements id="defis" title="Les défis du métier" statements={role.challenges} tone="warm" />
      <OurAddition id="bon-a-savoir" title="Bon à savoir" items={role.added} />
      <SectionLinks role={role} />
    </RolePage>
  );
}
