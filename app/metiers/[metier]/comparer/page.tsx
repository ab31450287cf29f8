import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { RolePage } from "@/components/role-page";
import { SourceComparison } from "@/components/source-comparison";
import { compareSources, getCountryPairs } from "@/lib/domain/compare";
import { getSources } from "@/lib/content/load";
import { metadataFor } from "@/lib/site/metadata";
import { type RoleParams, requireRole } from "@/app/_lib/params";
import { comparePath, rolePath } from "@/lib/site/routes";
import { roleTrail } from "@/lib/site/trail";

export async function generateMetadata({ params }: { params: RoleParams }): Promise<Metadata> {
  const role = await requireRole(params);
  return metadataFor(rolePath(role.slug, "comparer"));
}

export default async function CompareIndexPage({ params }: { params: RoleParams }) {
  const role = await requireRole(params);
  const pairs = getCountryPairs(role);
  const sourceIds = getSources().map((s) => s.id);
  return (
    <RolePage
      role={role}
      section="comparer"
      trail={roleTrail(role, "comparer")}
      title="Comparer"
      lead={<p>Deux pays côte à côte, ou deux sources côte à côte : chaque comparaison a sa propre adresse, à partager.</p>}
    >
      <section className="space-y-4">
        <Heading id="pays" title="Les pays côte à côte" className="text-2xl font-bold" />
        {pairs.length === 0 ? (
          <p>Un seul pays a des chiffres pour ce métier : pas encore de comparaison possible.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {pairs.map((p) => (
              <li key={p.slug}>
                <a
                  href={comparePath(role.slug, p.slug)}
                  className="block rounded-lg border border-line bg-surface p-4 font-semibold hover:border-accent"
                >
                  {p.a.name} et {p.b.name}
                  <span className="block text-sm font-normal text-muted">
                    Salaires en {p.a.currency === p.b.currency ? p.a.currency : `${p.a.currency} et ${p.b.currency}`}, ramenés en
                    euros par mois et par an
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-4">
        <Heading id="sources" title="Les sources côte à côte" className="text-2xl font-bold" />
        <p className="max-w-3xl">
          Pour chaque rubrique, ce que disent les deux articles, puis ce que dit un seul d'entre eux. Ces listes sont
          calculées à partir des sources indiquées sur chaque fait du guide.
        </p>
        <SourceComparison topics={compareSources(role, sourceIds)} sourceIds={sourceIds} />
      </section>
    </RolePage>
  );
}
