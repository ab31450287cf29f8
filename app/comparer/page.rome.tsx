import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { compareFichesPath, shortlistPath, titlesIndexPath } from "@/lib/site/routes";
import { getRegistry, requirePage, requireReferential } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(compareFichesPath));
}

const codeInput = "w-full max-w-64 rounded-lg border border-line bg-bg px-3 py-2 text-lg focus:border-accent";

/**
 * Any two fiches side by side. The page is static: a GET form with two codes (`?metiers=A&metiers=B`, or the short
 * address `?metiers=A,B`), and /scripts/comparer.js, which fetches both fiches' open data and compares them
 * (/scripts/compare.js). Without JavaScript the page says what it does and where to go instead.
 */
export default function CompareFichesPage() {
  const rome = requireReferential();
  const page = requirePage(compareFichesPath);
  // The in-depth comparisons written by us (countries side by side), when the content has any.
  const pairs = getRegistry().pages.filter((p) => p.kind === "compare-pair");
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader
        page={page}
        lead={
          <p>
            Deux fiches métiers du ROME côte à côte : les savoir-faire et les savoirs qu&apos;elles partagent, ce qui les distingue,
            l&apos;accès, les conditions de travail, les domaines, le profil RIASEC, et si l&apos;une figure parmi les métiers proches de
            l&apos;autre.
          </p>
        }
      />
      <form action={compareFichesPath} method="get" className="space-y-3" data-compare-form="">
        <p>
          Pour chaque métier, écrivez un intitulé (« boulangère », « développeur web ») ou le code de sa fiche (une lettre et quatre
          chiffres, en haut de chaque fiche : « M1855 »). Tous les intitulés sont dans les <a href={titlesIndexPath}>métiers de A à Z</a>.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <p>
            <label htmlFor="metier-1" className="block font-semibold">
              Premier métier
            </label>
            <input id="metier-1" name="metiers" required autoComplete="off" className={codeInput} />
          </p>
          <p>
            <label htmlFor="metier-2" className="block font-semibold">
              Second métier
            </label>
            <input id="metier-2" name="metiers" required autoComplete="off" className={codeInput} />
          </p>
          <button
            type="submit"
            className="cursor-pointer rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
          >
            Comparer
          </button>
        </div>
      </form>
      <noscript>
        <p>
          La comparaison se calcule dans votre navigateur, à partir des données ouvertes des deux fiches : sans JavaScript, ouvrez les deux
          fiches l&apos;une après l&apos;autre (chacune a les mêmes rubriques, dans le même ordre).
        </p>
      </noscript>
      <p id="compare-status" aria-live="polite" className="min-h-[1.5em]" />
      <div id="comparaison" className="space-y-6" />
      <section className="space-y-2">
        <Heading id="aller-plus-loin" title="Aller plus loin" className="text-2xl font-bold" />
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href={shortlistPath}>Mes métiers</a> : les fiches gardées sur cet appareil, à comparer deux par deux.
          </li>
          {pairs.map((p) => (
            <li key={p.path}>
              <a href={p.path}>{p.title}</a> : une comparaison approfondie, écrite par nous à partir de sources.
            </li>
          ))}
        </ul>
      </section>
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
      <script type="module" src="/scripts/comparer.js" data-enhance="" />
    </div>
  );
}
