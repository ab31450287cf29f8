import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { titlesLetters, titlesPage } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { titlesLetterPath } from "@/lib/site/routes";
import { requirePage, requireReferential, staticParams } from "@/app/_lib/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("titles-letter");
}

type Params = Promise<{ lettre: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return metadataFor(requirePage(titlesLetterPath((await params).lettre)));
}

export default async function TitlesLetterPage({ params }: { params: Params }) {
  const { lettre } = await params;
  const rome = requireReferential();
  const list = titlesPage(rome, lettre) ?? notFound();
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader page={requirePage(titlesLetterPath(lettre))} />
      <nav aria-label="Lettres" className="no-print text-sm">
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {titlesLetters(rome).map((l) => (
            <li key={l.key}>
              <a
                href={l.path}
                aria-current={l.key === lettre ? "page" : undefined}
                aria-label={l.parts > 1 ? `${l.letter}, partie ${l.part} sur ${l.parts}` : l.letter}
                className="inline-block min-w-6 py-0.5 text-center"
              >
                {l.letter}
                {l.parts > 1 ? l.part : ""}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ul className="space-y-1">
        {list.titles.map((t) => (
          <li key={`${t.label}-${t.code}`}>
            <a href={t.path}>{t.label}</a>
            {t.fiche && <span className="text-sm text-muted"> → {t.fiche}</span>}
          </li>
        ))}
      </ul>
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
    </div>
  );
}
