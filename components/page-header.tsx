import type { ReactNode } from "react";
import { type Crumb, Breadcrumbs } from "@/components/breadcrumbs";
import { PageData } from "@/components/page-data";

/** Breadcrumbs, the page's one h1, and its lead paragraph. */
export function PageHeader({
  trail,
  title,
  eyebrow,
  lead,
  children,
}: {
  trail: readonly Crumb[];
  title: string;
  eyebrow?: string;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-4">
      <Breadcrumbs trail={trail} />
      <PageData trail={trail} />
      <div className="space-y-2">
        {eyebrow && <p data-no-glossary="" className="text-sm font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>}
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{title}</h1>
        {lead && <div className="max-w-3xl text-lg text-muted">{lead}</div>}
      </div>
      {children}
    </header>
  );
}
