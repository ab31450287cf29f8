import type { Content } from "@/lib/content/load";
import {
  comparePath,
  countryPairs,
  fichePath,
  glossaryPath,
  homePath,
  openDataPath,
  pairSlug,
  rolePath,
  roleSections,
  salaryPath,
  sourcesPath,
} from "@/lib/site/routes";

export interface DirectoryGroup {
  title: string;
  pages: { path: string; label: string }[];
}

/**
 * Every page of the site with a readable name, grouped: what the search page lists for readers without
 * JavaScript. The search page itself is left out; a test checks that the rest equals `allPages`.
 */
export function pageDirectory(content: Pick<Content, "roles" | "countries">): DirectoryGroup[] {
  const countryName = (slug: string) => content.countries.find((c) => c.slug === slug)?.name ?? slug;
  return [
    {
      title: "Le guide",
      pages: [
        { path: homePath, label: "Accueil" },
        { path: sourcesPath, label: "Les sources" },
        { path: glossaryPath, label: "Le glossaire" },
        { path: openDataPath, label: "Les données ouvertes" },
      ],
    },
    ...content.roles.map((role) => ({
      title: role.title,
      pages: [
        ...roleSections.map((s) => ({ path: rolePath(role.slug, s.key), label: s.key === "role" ? "Le métier" : s.label })),
        ...role.salaryCountries.map((c) => ({ path: salaryPath(role.slug, c), label: `Salaires : ${countryName(c)}` })),
        ...countryPairs(role.salaryCountries).map(([a, b]) => ({
          path: comparePath(role.slug, pairSlug(a, b)),
          label: `Comparer : ${countryName(a)} et ${countryName(b)}`,
        })),
        { path: fichePath(role.slug), label: "La fiche à imprimer" },
      ],
    })),
  ];
}
