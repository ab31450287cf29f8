import type { ReactNode } from "react";
import type { Crumb } from "@/components/breadcrumbs";
import { PageHeader } from "@/components/page-header";
import { RoleNav } from "@/components/role-nav";
import type { Role } from "@/lib/content/load";
import { fichePath, type RoleSectionKey } from "@/lib/site/routes";

/** Every page of an occupation: header, the section navigation, then the page's own content. */
export function RolePage({
  role,
  section,
  trail,
  title,
  lead,
  children,
}: {
  role: Role;
  section: RoleSectionKey;
  trail: readonly Crumb[];
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="space-y-10">
      <PageHeader trail={trail} title={title} eyebrow={section === "role" ? "Fiche métier" : role.title} lead={lead}>
        <RoleNav slug={role.slug} title={role.title} current={section} />
        <p className="no-print text-sm">
          <a href={fichePath(role.slug)}>Toutes les rubriques sur une page, à imprimer</a>
        </p>
      </PageHeader>
      {children}
    </article>
  );
}
