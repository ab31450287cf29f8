import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { RoleNav } from "@/components/role-nav";
import type { SitePage } from "@/lib/site/registry";
import { fichePath } from "@/lib/site/routes";

/** Every page of an occupation: header, the section navigation, then the page's own content. */
export function RolePage({ page, lead, children }: { page: SitePage; lead?: ReactNode; children: ReactNode }) {
  return (
    <article className="space-y-10">
      <PageHeader page={page} lead={lead}>
        {page.role && page.nav && (
          <>
            <RoleNav items={page.nav} title={page.role.title} current={page.section} />
            <p className="no-print text-sm">
              <a href={fichePath(page.role.slug)}>Toutes les rubriques sur une page, à imprimer</a>
            </p>
          </>
        )}
      </PageHeader>
      {children}
    </article>
  );
}
