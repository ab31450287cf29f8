import type { Crumb } from "@/lib/site/page-spec";

/** The trail from the home page to the current page; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Fil d'Ariane" className="no-print text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-1.5">
              {i > 0 && <span aria-hidden="true">›</span>}
              {last ? (
                <a href={crumb.path} aria-current="page" className="text-fg no-underline">
                  {crumb.name}
                </a>
              ) : (
                <a href={crumb.path}>{crumb.name}</a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
