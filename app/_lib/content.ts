import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { type Content, type CountryEntry, loadContent, type Role, type SalaryEntry } from "@/lib/content/load";
import { type CountryPair, findCountryPair } from "@/lib/domain/compare";
import { contentDir, renderOnly } from "@/lib/site/config";
import { metadataFor } from "@/lib/site/metadata";
import { checkedRegistry, type Registry, type RoleSectionKey, type SitePage } from "@/lib/site/registry";
import { type OpenDataFile, openDataFileList } from "@/lib/site/open-data";
import { previewImagePath, rolePath } from "@/lib/site/routes";

/**
 * The app's one door to the content: routes load it here (once per process), then ask the domain and site
 * layers and pass what components show. Nothing below app/ loads content.
 */

/** The content, its registry, and indexes for the per-page lookups (a build asks once per page: no scans). */
interface Loaded {
  content: Content;
  registry: Registry;
  roles: Map<string, Role>;
  previews: Map<string, SitePage>;
  openData: Map<string, OpenDataFile>;
}
let loaded: Loaded | undefined;

function load(): Loaded {
  if (!loaded) {
    const content = loadContent(contentDir);
    const registry = checkedRegistry(content);
    loaded = {
      content,
      registry,
      roles: new Map(content.roles.map((r) => [r.slug, r])),
      previews: new Map(registry.pages.map((p) => [previewImagePath(p.path), p])),
      openData: new Map(openDataFileList(content).map((f) => [f.name, f])),
    };
  }
  return loaded;
}

export function getContent(): Content {
  return load().content;
}

export function getRegistry(): Registry {
  return load().registry;
}

/** True when this build renders the pages of the occupation `slug` (or a guide page: no slug). */
const rendered = (slug: string | undefined) => !slug || !renderOnly || renderOnly.has(slug);

/** The route params of the pages of one kind that this build renders (generateStaticParams). */
export function staticParams(kind: string): Record<string, string>[] {
  return getRegistry()
    .pages.filter((p) => p.kind === kind && rendered(p.role?.slug))
    .map((p) => p.params);
}

/** The pages whose preview image this build draws. */
export function pagesToPreview(): SitePage[] {
  return getRegistry().pages.filter((p) => rendered(p.role?.slug));
}

/** The open data files this build writes. */
export function openDataFilesToWrite(): OpenDataFile[] {
  return [...load().openData.values()].filter((f) => rendered(f.role));
}

/** The page whose preview image is at `imagePath` (`/apercus/….png`), or undefined. */
export function pageByPreviewImage(imagePath: string): SitePage | undefined {
  return load().previews.get(imagePath);
}

/** The open data file named `name` (under /donnees/), or undefined. */
export function openDataFile(name: string): OpenDataFile | undefined {
  return load().openData.get(name);
}

/** The page at `path`, or the 404 page. */
export function requirePage(path: string): SitePage {
  return getRegistry().find(path) ?? notFound();
}

export type RoleParams = Promise<{ metier: string }>;
export type CountryParams = Promise<{ metier: string; pays: string }>;
export type PairParams = Promise<{ metier: string; paire: string }>;

/** The occupation named by the URL, or the 404 page. */
export async function requireRole(params: RoleParams): Promise<Role> {
  const { metier } = await params;
  return load().roles.get(metier) ?? notFound();
}

/** The occupation and one of its countries with salary data, or the 404 page. */
export async function requireRoleCountry(params: CountryParams): Promise<{ role: Role; salary: SalaryEntry; country: CountryEntry }> {
  const { metier, pays } = await params;
  const content = getContent();
  const role = load().roles.get(metier) ?? notFound();
  const salary = role.salaries.find((s) => s.country === pays) ?? notFound();
  const country = content.countries.find((c) => c.slug === pays) ?? notFound();
  return { role, salary, country };
}

/** The occupation and a pair of its countries, or the 404 page. */
export async function requireRolePair(params: PairParams): Promise<{ role: Role; pair: CountryPair }> {
  const { metier, paire } = await params;
  const content = getContent();
  const role = load().roles.get(metier) ?? notFound();
  const pair = findCountryPair(role, content.countries, paire) ?? notFound();
  return { role, pair };
}

/** An occupation's section page: the occupation, its page in the registry, and the content it draws on. */
export async function requireSection(params: RoleParams, section: RoleSectionKey) {
  const role = await requireRole(params);
  const { sources, countries } = getContent();
  return { role, page: requirePage(rolePath(role.slug, section)), sources, countries };
}

/** The metadata of an occupation's section page. */
export async function sectionMetadata(params: RoleParams, section: RoleSectionKey): Promise<Metadata> {
  const { page } = await requireSection(params, section);
  return metadataFor(page);
}
