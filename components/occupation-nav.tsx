import type { NavItem } from "@/lib/site/page-spec";
import type { OccupationSectionKey } from "@/lib/site/routes";

/** The occupation's sections, like the tabs of a handbook page; plain links, no script. */
export function OccupationNav({ items, title, current }: { items: readonly NavItem[]; title: string; current?: OccupationSectionKey }) {
  return (
    <nav aria-label={`Rubriques : ${title}`} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {items.map((s) => {
          const active = s.key === current;
          return (
            <li key={s.key}>
              <a
                href={s.path}
                aria-current={active ? "page" : undefined}
                className={
                  "inline-block rounded-full border px-3.5 py-1.5 text-sm font-medium no-underline transition-colors " +
                  (active
                    ? "border-accent bg-accent text-on-accent hover:text-on-accent"
                    : "border-line bg-surface text-fg hover:border-accent hover:text-accent")
                }
              >
                {s.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
