import { glossaryPath, homePath, searchPath, sourcesPath } from "@/lib/site/routes";
import { site } from "@/lib/site/config";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={homePath} className="group flex items-center gap-2.5 font-bold text-fg no-underline">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="shrink-0">
            <rect width="28" height="28" rx="6" fill="var(--accent)" />
            <path d="M8 9h12M8 14h12M8 19h7" stroke="var(--on-accent)" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
          <span className="group-hover:text-accent">{site.name}</span>
        </a>
        <nav aria-label="Navigation principale">
          <ul className="flex gap-5 text-sm font-medium">
            <li>
              <a href={`${homePath}#metiers`}>Métiers</a>
            </li>
            <li>
              <a href={sourcesPath}>Sources</a>
            </li>
            <li>
              <a href={glossaryPath}>Glossaire</a>
            </li>
            <li>
              <a href={searchPath}>Rechercher</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
