import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading } from "@/components/heading";
import { RolePage } from "@/components/role-page";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryChart } from "@/components/salary-chart";
import { SalaryLadder } from "@/components/salary-ladder";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { comparePair, findCountryPair, getCountryPairs, monthlyEuros } from "@/lib/domain/compare";
import { getAllRoles, getRole } from "@/lib/content/load";
import { figureSummary } from "@/lib/site/salary-text";
import { formatMoneyRange, formatRatio } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import type { PairParams } from "@/app/_lib/params";
import { comparePath, salaryPath } from "@/lib/site/routes";
import { basisLabel } from "@/lib/domain/salary";
import { roleTrail } from "@/lib/site/trail";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllRoles().flatMap((role) => getCountryPairs(role).map((p) => ({ metier: role.slug, paire: p.slug })));
}

async function requirePair(params: PairParams) {
  const { metier, paire } = await params;
  const role = getRole(metier) ?? notFound();
  const pair = findCountryPair(role, paire) ?? notFound();
  return { role, pair, ...comparePair(role, pair.a, pair.b) };
}

export async function generateMetadata({ params }: { params: PairParams }): Promise<Metadata> {
  const { role, pair } = await requirePair(params);
  return metadataFor(comparePath(role.slug, pair.slug));
}

export default async function ComparePairPage({ params }: { params: PairParams }) {
  const { role, pair, rowsA, rowsB, ratios } = await requirePair(params);
  const countries = [
    { country: pair.a, rows: rowsA },
    { country: pair.b, rows: rowsB },
  ];
  return (
    <RolePage
      role={role}
      section="comparer"
      trail={roleTrail(role, "comparer", { name: `${pair.a.name} et ${pair.b.name}`, path: comparePath(role.slug, pair.slug) })}
      title={`${pair.a.name} et ${pair.b.name} : les salaires côte à côte`}
      lead={
        <ul className="space-y-1">
          {ratios.map((r) => (
            <li key={`${r.higher.figure.id}-${r.lower.figure.id}`}>
              {r.higher.country.preposition.replace(/^./, (c) => c.toUpperCase())} {r.higher.country.name}, un profil «&nbsp;
              {r.higher.figure.label.toLowerCase()}&nbsp;» gagne environ{" "}
              <strong className="text-fg">
                {r.ratio.low === r.ratio.high
                  ? formatRatio(r.ratio.low)
                  : `${formatRatio(r.ratio.low)} à ${formatRatio(r.ratio.high)}`}{" "}
                fois
              </strong>{" "}
              {r.lower.figure.kind === "average" ? "le salaire moyen" : `le niveau « ${r.lower.figure.label.toLowerCase()} »`}{" "}
              {r.lower.country.preposition} {r.lower.country.name}, une fois converti en euros.
            </li>
          ))}
          <li className="text-base">
            Chaque pays a sa propre source : <a href="#a-savoir">les précautions à lire avant de conclure</a>.
          </li>
        </ul>
      }
    >
      <section className="space-y-4">
        <Heading id="cote-a-cote" title="Chaque pays, tel que sa source le dit" className="text-2xl font-bold" />
        <div className="grid gap-4 md:grid-cols-2">
          {countries.map(({ country, rows }) => (
            <div key={country.slug} className="space-y-3 rounded-lg border border-line bg-surface p-4">
              <Heading level={3} id={`pays-${country.slug}`} title={country.name} href={salaryPath(role.slug, country.slug)} className="text-xl font-bold" />
              <ul className="space-y-3">
                {rows.map((r) => (
                  <li key={r.figure.id}>
                    <p className="font-semibold">{r.figure.label}</p>
                    <p>
                      Tel que donné : {figureSummary(r.figure, r.currency)}
                      <span className="text-muted"> (brut ou net : {basisLabel[r.figure.basis]})</span>
                    </p>
                    <p className="text-sm text-muted">
                      Par mois : {monthlyEuros(r)}
                      {r.currency !== "EUR" && ` (${formatMoneyRange(r.monthLocal.low, r.monthLocal.high, r.currency)})`} · Par an :{" "}
                      {r.currency === "EUR" ? "" : "≈ "}
                      {formatMoneyRange(r.yearEur.low, r.yearEur.high, "EUR")}
                      {r.currency !== "EUR" && ` (${formatMoneyRange(r.yearLocal.low, r.yearLocal.high, r.currency)})`}
                    </p>
                  </li>
                ))}
              </ul>
              <SourceRefs ids={[...new Set(rows.map((r) => r.salary.source))]} />
            </div>
          ))}
        </div>
      </section>
      <section className="space-y-4">
        <Heading id="graphique" title="En euros par mois" className="text-2xl font-bold" />
        <figure className="space-y-3">
          <SalaryChart rows={[...rowsA, ...rowsB]} id="comparaison-graphique" countryOrder={[pair.a.slug, pair.b.slug]} />
          <figcaption className="text-sm text-muted">
            Barres : fourchettes ; points : moyennes. Montants annuels divisés par 12.
          </figcaption>
        </figure>
        <SalaryTable rows={[...rowsA, ...rowsB]} caption={`${pair.a.name} et ${pair.b.name} : tous les chiffres`} />
      </section>
      {countries.some(({ rows }) => rows.filter((r) => r.figure.level !== "all").length > 1) && (
        <section className="space-y-4">
          <Heading id="progression" title="De junior à senior" className="text-2xl font-bold" />
          {countries.map(({ country, rows }) =>
            rows.filter((r) => r.figure.level !== "all").length > 1 ? (
              <div key={country.slug} className="space-y-2">
                <Heading level={3} id={`progression-${country.slug}`} title={country.name} className="font-semibold" />
                <SalaryLadder rows={rows} />
              </div>
            ) : (
              <p key={country.slug} className="text-muted">
                {country.name} : la source ne donne pas de niveaux, seulement {rows.length > 1 ? "des chiffres globaux" : "un chiffre global"}.
              </p>
            ),
          )}
        </section>
      )}
      <SalaryCaveats salaries={role.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug)} />
      <nav aria-label="Autres comparaisons" className="no-print space-y-2">
        <p className="font-semibold">Autres comparaisons</p>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a href={`${comparePath(role.slug)}#sources`}>Les sources côte à côte</a>
          </li>
          {getCountryPairs(role)
            .filter((p) => p.slug !== pair.slug)
            .map((p) => (
              <li key={p.slug}>
                <a href={comparePath(role.slug, p.slug)}>
                  {p.a.name} et {p.b.name}
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </RolePage>
  );
}
