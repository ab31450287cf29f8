import { Heading } from "@/components/heading";
import type { Role } from "@/lib/content/load";
import { careerDestinations } from "@/lib/domain/career";
import { count } from "@/lib/site/french";
import { rolePath, type RoleSectionKey } from "@/lib/site/routes";

/** Every section of the occupation with one line on what it holds. */
export function SectionLinks({ role }: { role: Role }) {
  const countries = role.salaries.length;
  const entries: { key: RoleSectionKey; label: string; text: string }[] = [
    {
      key: "missions",
      label: "Missions",
      text: `${count(role.missions.items.length, "mission", "missions")} et ${count(role.missions.phases.length, "phase de travail", "phases de travail")}`,
    },
    {
      key: "competences",
      label: "Compétences",
      text: `${count(role.skills.technical.length, "compétence technique", "compétences techniques")} et ${role.skills.interpersonal.length} savoir-être`,
    },
    { key: "formation", label: "Formation", text: count(role.training.paths.length, "voie d'accès citée", "voies d'accès citées") },
    { key: "salaires", label: "Salaires", text: `Chiffres pour ${countries} pays, avec leur source` },
    {
      key: "evolution",
      label: "Évolution",
      text: `${count(careerDestinations(role.career).length, "évolution possible", "évolutions possibles")}, en schéma et en mots`,
    },
    { key: "comparer", label: "Comparer", text: "Pays côte à côte, et ce que dit chaque source" },
  ];
  return (
    <section className="no-print space-y-3">
      <Heading id="rubriques" title="Toutes les rubriques" className="text-2xl font-bold" />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {entries.map((e) => (
          <li key={e.key}>
            <a
              href={rolePath(role.slug, e.key)}
              className="block h-full rounded-lg border border-line p-4 no-underline hover:border-accent hover:bg-accent-soft"
            >
              <span className="block font-semibold underline">{e.label}</span>
              <span className="mt-1 block text-sm text-muted">{e.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
