import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { KeyFacts } from "@/components/key-facts";
import { Prose } from "@/components/prose";
import { RolePage } from "@/components/role-page";
import { SectionLinks } from "@/components/section-links";
import { SourcedStatements } from "@/components/sourced-statements";
import { formatList } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { type RoleParams, requireRole } from "@/app/_lib/params";
import { rolePath } from "@/lib/site/routes";
import { occupation } from "@/lib/site/structured-data";
import { roleTrail } from "@/lib/site/trail";

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
      <SectionLinks role={role} />
    </RolePage>
  );
}
