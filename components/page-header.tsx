import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageData } from "@/components/page-data";
import type { SitePage } from "@/lib/site/registry";

/** Breadcrumbs, the page's one h1 (from the registry), and its lead paragraph. */
export function PageHeader({ page, lead, children }: { page: SitePage; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="space-y-4">
      <Breadcrumbs trail={page.trail} />
      <PageData page={page} />
      <div className="space-y-2">
        {page.eyebrow && (
          <p data-no-glossary="" className="text-sm font-semibold tracking-wide text-accent uppercase">
            {page.eyebrow}
          </p>
        )}
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{page.heading}</h1>
        {lead && <div className="max-w-3xl text-lg text-muted">{lead}</div>}
      </div>
      {children}
    </header>
  );
}
