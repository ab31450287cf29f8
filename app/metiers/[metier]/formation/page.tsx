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
  return metadataFor(rolePath(role.slug, "formation"));
}

export default async function TrainingPage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  const { training } = role;
  return (
    <RolePage role={role} section="formation" trail={roleTrail(role, "formation")} title={`Devenir ${role.title.toLowerCase()}`}>
      <section className="space-y-4">
        <Heading id="voies" title="Les voies d'accès" className="text-2xl font-bold" />
        <SourcedItems items={training.paths} />
      </section>
      <Prose body={training.body} />
    </RolePage>
  );
}
