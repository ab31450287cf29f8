import type { Crumb } from "@/components/breadcrumbs";
import { homePath, rolePath, roleSections, type RoleSectionKey } from "@/lib/site/routes";

export const homeCrumb: Crumb = { name: "Accueil", path: homePath };

/** Accueil › Développeur back-end › Salaires › (extra) */
export function roleTrail(role: { slug: string; title: string }, section: RoleSectionKey = "role", ...extra: Crumb[]): Crumb[] {
  const trail: Crumb[] = [homeCrumb, { name: role.title, path: rolePath(role.slug) }];
  const s = roleSections.find((x) => x.key === section);
  if (s && section !== "role") trail.push({ name: s.label, path: rolePath(role.slug, section) });
  return [...trail, ...extra];
}
