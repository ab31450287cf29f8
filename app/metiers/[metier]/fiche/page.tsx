import type { Metadata } from "next";
import { FicheAddress, ficheAddress } from "@/components/fiche-address";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { KeyFacts } from "@/components/key-facts";
import { OurAddition } from "@/components/our-addition";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryTable } from "@/components/salary-table";
import { shortName } from "@/components/source-refs";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, type OccupationParams, requirePage, requireOccupation, glossaryTerms } from "@/app/_lib/content";
import type { SourcedItem } from "@/lib/content/schema";
import { inferredMarks, inferredReasons } from "@/lib/domain/inferred";
import { countryOf, salaryRows } from "@/lib/domain/salary";
import type { SourceLabel } from "@/lib/site/citations";
import { site } from "@/lib/site/config";
import { formatDay } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { fichePath, occupationPath } from "@/lib/site/routes";
import { lowerTitle } from "@/lib/site/french";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  const occupation = await requireOccupation(params);
  return metadataFor(requirePage(fichePath(occupation.slug)));
}

/** "Fiche métier · Article": the sources of a line, as plain text (paper has no links). */
function Sources({ ids, sources }: { ids: readonly string[]; sources: readonly SourceLabel[] }) {
  return <span className="fiche-src text-muted"> ({ids.map((id) => shortName(sources, id)).join(" · ")})</span>;
}

/** Items as one line each: title, the examples cited, its sources. */
function CompactItems({ items, sources }: { items: readonly SourcedItem[]; sources: readonly SourceLabel[] }) {
  return (
    <ul className="fiche-list list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item.id}>
          <span className="font-semibold">{item.title}</span>
          {item.examples && item.examples.length > 0 && <> : {item.examples.map((e) => e.label).join(", ")}</>}
          <Sources ids={item.sources} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The occupation for a counsellor, on two A4 pages at most: what the job is (the occupation's own text, with its
 * sources), key facts, missions, skills, training, salaries with
 * their conditions, career paths and sources, the edition date, and the way back online (QR code and address of
 * the live page; in a local preview, its path only).
 */
export default async function FichePage({ params }: { params: OccupationParams }) {
  const occupation = await requireOccupation(params);
  const { sources, countries } = getContent();
  const page = requirePage(fichePath(occupation.slug));
  const address = await ficheAddress(site.url, occupationPath(occupation.slug));
  const career = new Map(occupation.career.roles.map((r) => [r.id, r]));
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <article className="fiche space-y-8">
        <PageHeader page={page} lead={<p>{occupation.summary}</p>}>
          <FicheAddress address={address} updated={occupation.updated} />
          <p className="no-print text-sm text-muted">
            Pour l'imprimer ou l'enregistrer en PDF : commande « Imprimer » du navigateur (Ctrl+P, ou ⌘+P sur Mac). Elle tient sur deux
            pages A4.
          </p>
        </PageHeader>

        <section className="fiche-metier space-y-2" aria-label="Le métier">
          <Prose body={occupation.body} />
        </section>

        <KeyFacts occupation={occupation} countries={countries} sources={sources} />

        <div className="fiche-columns grid gap-8 md:grid-cols-2">
          <div className="space-y-6">
            <section className="space-y-2">
              <Heading id="missions" title="Les missions" className="text-2xl font-bold" />
              <CompactItems items={occupation.missions.items} sources={sources} />
              {occupation.missions.phases.length > 0 && (
                <p className="text-sm">
                  <span className="font-semibold">Les phases du travail : </span>
                  {occupation.missions.phases.map((p, i) => `${i + 1}. ${p.title}`).join(" ; ")}.
                  <Sources ids={[...new Set(occupation.missions.phases.flatMap((p) => p.sources))]} sources={sources} />
                </p>
              )}
            </section>

            <section className="space-y-2">
              <Heading id="formation" title="La formation" className="text-2xl font-bold" />
              <CompactItems items={occupation.training.paths} sources={sources} />
            </section>

            {occupation.challenges.length > 0 && (
              <section className="space-y-2">
                <Heading id="defis" title="Les défis du métier" className="text-2xl font-bold" />
                <ul className="fiche-list list-disc space-y-1 pl-5">
                  {occupation.challenges.map((c) => (
                    <li key={c.id}>
                      {c.text}
                      <Sources ids={c.sources} sources={sources} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>

          <div className="space-y-6">
            <section className="space-y-2">
              <Heading id="competences" title="Les compétences" className="text-2xl font-bold" />
              <CompactItems items={occupation.skills.technical} sources={sources} />
              <Heading level={3} id="savoir-etre" title="Savoir-être" className="font-semibold" />
              <CompactItems items={occupation.skills.interpersonal} sources={sources} />
            </section>

            <section className="space-y-2">
              <Heading id="evolution" title="Les évolutions" className="text-2xl font-bold" />
              <ul className="fiche-list list-disc space-y-1 pl-5">
                {[...new Set(occupation.career.paths.map((p) => p.from))].map((from) => (
                  <li key={from}>
                    <span className="font-semibold">Depuis {lowerTitle(career.get(from)?.title ?? from)} :</span>{" "}
                    {occupation.career.paths
                      .filter((p) => p.from === from)
                      .map((p, i) => (
                        <span key={p.to}>
                          {i > 0 && ", "}
                          {lowerTitle(career.get(p.to)?.title ?? p.to)}
                          <Sources ids={p.sources} sources={sources} />
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            </section>

            <section className="space-y-2">
              <Heading id="sources" title="Les sources" className="text-2xl font-bold" />
              <ul className="fiche-list list-disc space-y-1 pl-5">
                {sources.map((s) => (
                  <li key={s.id}>
                    <span data-no-glossary="" className="font-semibold">
                      {s.title}
                    </span>{" "}
                    : {s.kind.toLowerCase()}, éditeur {s.publisher ?? "non précisé"},{" "}
                    {s.published ? `publié le ${formatDay(s.published)}` : "date non précisée"}.
                    <InferredLabel tag={inferredMarks.title} reasons={inferredReasons(s.inferred, ["title"])} block />
                    <InferredLabel tag={inferredMarks.kind} reasons={inferredReasons(s.inferred, ["kind"])} block />
                  </li>
                ))}
              </ul>
              <p className="text-sm text-muted">Sources reformulées avec nos mots ; les chiffres sont repris tels quels.</p>
            </section>
          </div>
        </div>

        <OurAddition
          id="fiche-apres-le-bac"
          title="Après le bac"
          items={occupation.training.added}
          compact
          titlesOnly={`Le détail, pour la France et le Maroc, est sur la page Formation (${occupationPath(occupation.slug, "formation")}).`}
        />

        <section className="fiche-salaries space-y-3">
          <Heading id="salaires" title="Les salaires" className="text-2xl font-bold" />
          <SalaryTable
            rows={salaryRows(occupation, countries)}
            caption="Les chiffres des sources, puis en euros par mois et par an"
            sources={sources}
          />
          <SalaryCaveats salaries={occupation.salaries} countries={countries} sources={sources} />
          <OurAddition
            id="fiche-lire-un-salaire"
            title="Lire un salaire"
            items={occupation.salaries.flatMap((s) => countryOf(countries, s.country).added ?? [])}
            compact
          />
        </section>

        <OurAddition
          id="fiche-bon-a-savoir"
          title="Bon à savoir"
          items={[...(occupation.added ?? []), ...(occupation.career.added ?? [])]}
          compact
        />
      </article>
    </GlossaryScope>
  );
}
