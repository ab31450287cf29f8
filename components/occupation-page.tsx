import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { OccupationNav } from "@/components/occupation-nav";
import type { SitePage } from "@/lib/site/registry";
import { fichePath } from "@/lib/site/routes";

/** Every page of an occupation: header, the section navigation, then the page's own content. */
export function OccupationPage({ page, lead, children }: { page: SitePage; lead?: ReactNode; children: ReactNode }) {
  return (
    <article className="space-y-10">
      <PageHeader page={page} lead={lead}>
        {page.occupation && page.nav && (
          <>
            <OccupationNav items={page.nav} title={page.occupation.title} current={page.section} />
            <p className="no-print text-sm">
              <a href={fichePath(page.occupation.slug)}>Toutes les rubriques sur une page, à imprimer</a>
            </p>
          </>
        )}
      </PageHeader>
      {children}
    </article>
  );
}
