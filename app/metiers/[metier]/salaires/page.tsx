import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { RolePage } from "@/components/role-page";
import { SalaryCaveats } from "@/components/salary-caveats";
import { SalaryChart } from "@/components/salary-chart";
import { SalaryTable } from "@/components/salary-table";
import { SourceRefs } from "@/components/source-refs";
import { euroEquivalent, figureSummary, salaryRows } from "@/lib/site/salary-text";
import { metadataFor } from "@/lib/site/metadata";
import { type RoleParams, requireRole } from "@/app/_lib/params";
import { comparePath, rolePath, salaryPath } from "@/lib/site/routes";
import { requireCountry } from "@/lib/content/load";
import { roleTrail } from "@/lib/site/trail";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  const role = await requireRole(params);
  return metadataFor(rolePath(role.slug, "salaires"));
}

export default async function SalariesPage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  const rows = salaryRows(role);
  return (
    <RolePage
      role={role}
      section="salaires"
      trail={roleTrail(role, "salaires")}
      title={`Le salaire du ${role.title.toLowerCase()}`}
      lead={<p>Les chiffres de chaque pays viennent d'une source différente : ils se lisent côte à côte, avec prudence.</p>}
    >
      <section className="space-y-4">
        <Heading id="par-pays" title="Par pays" className="text-2xl font-bold" />
        <ul className="grid gap-4 sm:grid-cols-2">
          {role.salaries.map((salary) => {
            const country = requireCountry(salary.country);
            return (
              <li key={salary.country} className="rounded-lg border border-line bg-surface p-4">
                <Heading level={3} id={`pays-${salary.country}`} title={country.name} href={salaryPath(role.slug, salary.country)} className="text-lg font-bold" />
                <ul className="mt-2 space-y-1">
                  {salary.figures.map((f) => (
                    <li key={f.id}>
                      <span className="font-semibold">{f.label} :</span> {figureSummary(f, salary.currency)}
                      {euroEquivalent(f, salary) && <span className="text-muted"> ({euroEquivalent(f, salary)})</span>}
                    </li>
                  ))}
                </ul>
                <SourceRefs ids={[salary.source]} className="mt-2" />
              </li>
            );
          })}
        </ul>
      </section>
      <section className="space-y-4">
        <Heading id="graphique" title="Sur une même base : par mois, en euros" className="text-2xl font-bold" />
        <figure className="space-y-4">
          <SalaryChart rows={rows} id="salaires-graphique" countryOrder={role.salaryCountries} />
          <figcaption className="text-sm text-muted">
            Annuel divisé par 12 ; conversions au taux indiqué sur chaque page pays. Barres : fourchettes ; points :
            moyennes.
          </figcaption>
        </figure>
        <SalaryTable rows={rows} caption="Tous les chiffres, tels que donnés puis convertis" />
      </section>
      <SalaryCaveats salaries={role.salaries} />
      <p className="no-print">
        <a href={comparePath(role.slug)} className="font-semibold">
          Comparer les pays côte à côte →
        </a>
      </p>
    </RolePage>
  );
}
