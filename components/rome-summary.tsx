import { FicheList } from "@/components/fiche-list";
import { Heading } from "@/components/heading";
import { RomeCredit } from "@/components/rome-credit";
import type { RomeSummary } from "@/lib/site/rome-view";

/** On an in-depth occupation's page: what the national referential says of it, set apart and credited. */
export function RomeSummaryBox({ summary }: { summary: RomeSummary }) {
  return (
    <section aria-labelledby="referentiel" className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <Heading id="referentiel" title="Dans le référentiel national des métiers" className="text-2xl font-bold" />
      <p>
        Le ROME de France Travail range ce métier sous l&apos;intitulé « {summary.appellation} », dans la fiche{" "}
        <a href={summary.path}>
          {summary.code} « {summary.title} »
        </a>
        .
      </p>
      {summary.contexts.length > 0 && (
        <>
          <p className="font-semibold">Conditions de travail selon le ROME :</p>
          <dl className="space-y-1 text-sm">
            {summary.contexts.map((c) => (
              <div key={c.type}>
                <dt className="inline font-semibold">{c.type} : </dt>
                <dd className="inline">{c.labels.join(" ; ")}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {summary.mobility.length > 0 && (
        <>
          <p className="font-semibold">Métiers proches selon le ROME :</p>
          <FicheList fiches={summary.mobility} />
        </>
      )}
      <RomeCredit credit={summary.credit} links={summary.links} />
    </section>
  );
}
