import { compareFichesHref, shortlistPath } from "@/lib/site/routes";

/**
 * Under a ROME fiche's header: « Comparer avec… » (a link: the comparison page explains itself without JavaScript)
 * and « Garder ce métier », rendered hidden and revealed by /scripts/garder.js, which stores it on the device only
 * (code, title, domain, and the first sentence of ROME's « Accès au métier », shown by « Mes métiers » as ROME's words).
 */
export function FicheActions({ code, title, domain, access }: { code: string; title: string; domain: string; access: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <a href={compareFichesHref(code)} className="rounded-lg border border-line px-3 py-1.5">
        Comparer avec…
      </a>
      <button
        type="button"
        hidden
        data-keep={code}
        data-keep-title={title}
        data-keep-domain={domain}
        data-keep-access={access}
        className="cursor-pointer rounded-lg bg-accent px-3 py-1.5 font-semibold text-on-accent hover:bg-accent-strong"
      >
        Garder ce métier
      </button>
      <a href={shortlistPath} hidden data-keep-list="">
        Mes métiers
      </a>
      <span aria-live="polite" className="text-sm text-muted" data-keep-status="" />
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
      <script type="module" src="/scripts/garder.js" data-enhance="" />
    </div>
  );
}
