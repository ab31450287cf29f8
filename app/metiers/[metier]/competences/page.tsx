import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { Prose } from "@/components/prose";
import { RolePage } from "@/components/role-page";
import { SourcedItems } from "@/components/sourced-items";
import { metadataFor } from "@/lib/site/metadata";
import { type RoleParams, requireRole } from "@/app/_lib/params";
import { rolePath } from "@/lib/site/routes";
import { roleTrail } from "@/lib/site/trail";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  const role = await requireRole(params);
  return metadataFor(rolePath(role.slug, "competences"));
}

export default async function SkillsPage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  const { skills } = role;
  return (
    <RolePage role={role} section="competences" trail={roleTrail(role, "competences")} title={`Les compétences du ${role.title.toLowerCase()}`}>
      <section className="space-y-4">
        <Heading id="techniques" title="Compétences techniques" className="text-2xl font-bold" />
        <SourcedItems items={skills.technical} />
      </section>
      {skills.interpersonal.length > 0 && (
        <section className="space-y-4">
          <Heading id="relationnelles" title="Compétences relationnelles" className="text-2xl font-bold" />
          <SourcedItems items={skills.interpersonal} />
        </section>
      )}
      <Prose body={skills.body} />
    </RolePage>
  );
}
