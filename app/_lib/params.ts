import { notFound } from "next/navigation";
import { getCountry, getRole, type CountryEntry, type Role, type SalaryEntry } from "@/lib/content/load";

export type RoleParams = Promise<{ metier: string }>;
export type CountryParams = Promise<{ metier: string; pays: string }>;
export type PairParams = Promise<{ metier: string; paire: string }>;

/** The occupation named by the URL, or the 404 page. */
export async function requireRole(params: RoleParams): Promise<Role> {
  const { metier } = await params;
  return getRole(metier) ?? notFound();
}

/** The occupation and one of its countries with salary data, or the 404 page. */
export async function requireRoleCountry(
  params: CountryParams,
): Promise<{ role: Role; salary: SalaryEntry; country: CountryEntry }> {
  const { metier, pays } = await params;
  const role = getRole(metier) ?? notFound();
  const salary = role.salaries.find((s) => s.country === pays) ?? notFound();
  const country = getCountry(pays) ?? notFound();
  return { role, salary, country };
}
