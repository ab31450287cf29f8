import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { JsonLd } from "@/components/json-ld";
import { KeyFacts } from "@/components/key-facts";
import { Prose } from "@/components/prose";
import { RolePage } from "@/components/role-page";
import { SourceRefs } from "@/components/source-refs";
import { SectionLinks } from "@/components/section-links";
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
      {role.context.length > 0 && (
        <section className="space-y-3">
          <Heading id="contexte" title="Un métier recherché" className="text-2xl font-bold" />
          <ul className="space-y-3">
            {role.context.map((c) => (
              <li key={c.id} id={c.id} className="border-l-4 border-accent pl-4">
                <p>{c.text}</p>
                <SourceRefs ids={c.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {role.challenges.length > 0 && (
        <section className="space-y-3">
          <Heading id="defis" title="Les défis du métier" className="text-2xl font-bold" />
          <ul className="space-y-3">
            {role.challenges.map((c) => (
              <li key={c.id} id={c.id} className="border-l-4 border-warm pl-4">
                <p>{c.text}</p>
                <SourceRefs ids={c.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <SectionLinks role={role} />
    </RolePage>
  );
}
