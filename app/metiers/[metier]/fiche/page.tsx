import type { Metadata } from "next";
import { CareerDiagram } from "@/components/career-diagram";
import { Heading } from "@/components/heading";
import { InferredLabel } from "@/components/inferred-label";
import { KeyFacts } from "@/components/key-facts";
import { OurAddition } from "@/components/our-addition";
import { PageHeader } from "@/components/page-header";
import { Prose } from "@/components/prose";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { SourcedItems } from "@/components/sourced-items";
import { salaryRows } from "@/lib/domain/salary";
import { formatDay } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { getContent, type RoleParams, requirePage, requireRole } from "@/app/_lib/content";
import { qrCodeSvg } from "@/lib/site/qr-code";
import { fichePath, rolePath } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/config";
import { inferredReasons } from "@/lib/domain/inferred";
import { formatList } from "@/lib/site/format";
import { countryOf } from "@/lib/domain/salary";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  const role = await requireRole(params);
  return metadataFor(requirePage(fichePath(role.slug)));
}

/** Every section of the occupation on one page, for paper: edition date, sources, and a QR code back online. */
export default async function FichePage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  const { sources, countries } = getContent();
  const page = requirePage(fichePath(role.slug));
  const online = absoluteUrl(rolePath(role.slug));
  const qr = await qrCodeSvg(online);
  const career = new Map(role.career.roles.map((r) => [r.id, r]));
  return (
    <article className="fiche space-y-10">
      <PageHeader
        page={page}
        lead={<p>{role.summary}</p>}
      >
        <div className="flex flex-wrap items-center gap-5 rounded-xl border border-line p-4">
          <div
            role="img"
            aria-label={`QR code vers la page en ligne : ${online}`}
            className="size-28 shrink-0 bg-white [&_svg]:size-full"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="inline font-semibold">Édition du : </dt>
              <dd className="inline">
                <time dateTime={role.updated}>{formatDay(role.updated)}</time>
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">En ligne : </dt>
              <dd className="inline break-all">
                <a href={rolePath(role.slug)} className="fiche-url">
                  {online}
                </a>
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">Sources : </dt>
              <dd className="inline">voir la fin de la fiche ; chaque fait indique la sienne.</dd>
            </div>
          </dl>
          <p className="no-print basis-full text-sm text-muted">
            Pour l'imprimer ou l'enregistrer en PDF : commande « Imprimer » du navigateur (Ctrl+P, ou ⌘+P sur Mac).
          </p>
        </div>
      </PageHeader>

      <KeyFacts role={role} countries={countries} sources={sources} />

      <section className="space-y-4">
        <Heading id="metier" title="Le métier" className="text-2xl font-bold" />
        <Prose body={role.body} />
        {role.challenges.length > 0 && (
          <>
            <Heading level={3} id="defis" title="Les défis du métier" className="text-xl font-bold" />
            <ul className="list-disc space-y-1 pl-5">
              {role.challenges.map((c) => (
                <li key={c.id}>{c.text}</li>
              ))}
            </ul>
            <SourceRefs ids={[...new Set(role.challenges.flatMap((c) => c.sources))]} sources={sources} />
          </>
        )}
      </section>

      <section className="space-y-4">
        <Heading id="missions" title="Les missions" className="text-2xl font-bold" />
        <SourcedItems items={role.missions.items} sources={sources} idPrefix="missions-" />
        {role.missions.phases.length > 0 && (
          <>
            <Heading level={3} id="phases" title="Les phases du travail" className="text-xl font-bold" />
            <ol className="list-decimal space-y-1 pl-6">
              {role.missions.phases.map((p) => (
                <li key={p.id}>{p.title}</li>
              ))}
            </ol>
            <SourceRefs ids={[...new Set(role.missions.phases.flatMap((p) => p.sources))]} sources={sources} />
          </>
        )}
      </section>

      <section className="space-y-4">
        <Heading id="competences" title="Les compétences" className="text-2xl font-bold" />
        <SourcedItems items={[...role.skills.technical, ...role.skills.interpersonal]} sources={sources} idPrefix="competences-" />
      </section>

      <section className="space-y-4">
        <Heading id="formation" title="La formation" className="text-2xl font-bold" />
        <SourcedItems items={role.training.paths} sources={sources} idPrefix="formation-" />
        <Prose body={role.training.body} />
        <OurAddition id="fiche-apres-le-bac" title="Après le bac" items={role.training.added} compact />
      </section>

      <section className="space-y-4">
        <Heading id="salaires" title="Les salaires" className="text-2xl font-bold" />
        <SalaryTable rows={salaryRows(role, countries)} caption="Les chiffres des sources, puis en euros par mois et par an" sources={sources} />
        <SalaryCaveats salaries={role.salaries} countries={countries} sources={sources} />
        <OurAddition
          id="fiche-lire-un-salaire"
          title="Lire un salaire"
          items={role.salaries.flatMap((s) => countryOf(countries, s.country).added ?? [])}
          compact
        />
      </section>

      <section className="space-y-4">
        <Heading id="evolution" title="Les évolutions" className="text-2xl font-bold" />
        <CareerDiagram career={role.career} id="fiche-carriere" sources={sources} />
        <ul className="space-y-1">
          {[...new Set(role.career.paths.map((p) => p.from))].map((from) => (
            <li key={from}>
              <span className="font-semibold">Depuis {career.get(from)?.title} :</span>{" "}
              {formatList(role.career.paths.filter((p) => p.from === from).map((p) => career.get(p.to)?.title ?? p.to))}
            </li>
          ))}
        </ul>
        <SourceRefs ids={[...new Set(role.career.paths.flatMap((p) => p.sources))]} sources={sources} />
      </section>

      <OurAddition id="fiche-bon-a-savoir" title="Bon à savoir" items={[...(role.added ?? []), ...(role.career.added ?? [])]} compact />

      <section className="space-y-3">
        <Heading id="sources" title="Les sources" className="text-2xl font-bold" />
        <ul className="list-disc space-y-1 pl-5">
          {sources.map((s) => (
            <li key={s.id}>
              <span data-no-glossary="" className="font-semibold">
                {s.title}
              </span>{" "}
              : {s.kind.toLowerCase()}, éditeur {s.publisher ?? "non précisé"},{" "}
              {s.published ? `publié le ${formatDay(s.published)}` : "date non précisée"}.
              <InferredLabel
                reasons={[
                  ...inferredReasons(s.inferred, ["title"]).map((r) => `titre : ${r}`),
                  ...inferredReasons(s.inferred, ["kind"]).map((r) => `type : ${r}`),
                ]}
                block
              />
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          Fiche éditée le {formatDay(role.updated)} à partir de ces sources, reformulées avec nos mots ; les chiffres sont
          repris tels quels.
        </p>
      </section>
    </article>
  );
}
