import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { RomeCredit } from "@/components/rome-credit";
import { metadataFor } from "@/lib/site/metadata";
import { titlesLetters } from "@/lib/site/rome-browse";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { titlesIndexPath } from "@/lib/site/routes";
import { requirePage, requireReferential } from "@/app/_lib/content";

export function generateMetadata(): Metadata {
  return metadataFor(requirePage(titlesIndexPath));
}

export default function TitlesIndexPage() {
  const rome = requireReferential();
  return (
    <div className="space-y-6" data-no-glossary="">
      <PageHeader
        page={requirePage(titlesIndexPath)}
        lead={<p>Tous les noms de métier, même les moins courants : choisissez une lettre, puis le nom qui vous parle.</p>}
      />
      <RomeCredit credit={romeCredit(rome.referential.version)} links={romeLinks} />
      <Heading id="lettres" title="Choisir une lettre" className="text-2xl font-bold" />
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {titlesLetters(rome).map((l) => (
          <li key={l.key}>
            <a href={l.path} className="block rounded-lg border border-line bg-surface p-3">
              <span className="text-2xl font-bold">{l.letter}</span>
              {l.parts > 1 && (
                <span className="text-sm">
                  {" "}
                  ({l.part}/{l.parts})
                </span>
              )}
              <span className="block truncate text-sm text-muted">
                {l.parts > 1 ? `${l.first.split(/[\s/]/)[0] ?? ""} → ${l.last.split(/[\s/]/)[0] ?? ""}` : `${l.count} noms`}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
