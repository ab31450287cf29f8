import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { type Content, type CountryEntry, loadContent, type Occupation, type SalaryEntry } from "@/lib/content/load";
import { type CountryPair, findCountryPair } from "@/lib/domain/compare";
import { contentDir, devServer, referentialCacheDir, renderOnly, renderPages, romeDir } from "@/lib/site/config";
import { indexReferential, type ReferentialIndex } from "@/lib/domain/referential";
import { loadReferentialCached } from "@/lib/referential/cache";
import type { RomeFiche } from "@/lib/referential/model";
import { metadataFor } from "@/lib/site/metadata";
import { checkedRegistry, type PageKindKey, type Registry, type SitePage } from "@/lib/site/registry";
import { type LinkableTerm, linkableTerms } from "@/lib/site/glossary-links";
import { type OpenDataFile, openDataFileList } from "@/lib/site/open-data";
import { occupationPath, type OccupationSectionKey, romeFichePath } from "@/lib/site/routes";

/**
 * The app's one door to the content: routes load it here (once per process), then ask the domain and site
 * layers and pass what components show. Nothing below app/ loads content.
 */

/** The content, its registry, and indexes for the per-page lookups (a build asks once per page: no scans). */
interface Loaded {
  content: Content;
  /** The national referential, when the site has it (see `romeDir`). */
  rome: ReferentialIndex | undefined;
  registry: Registry;
  occupations: Map<string, Occupation>;
  previews: Map<string, SitePage>;
  openData: Map<string, OpenDataFile>;
  terms: LinkableTerm[];
}
/**
 * Once per process. Next.js bundles each route apart, each with its own copy of this module: a module-level variable
 * would load the content and the referential again for every route in every worker (about 2 s each at national
 * scale). The process's global object is shared by all of them. The development server keeps nothing between module
 * reloads, so an edit shows at the next reload.
 */
const shared = (devServer ? {} : globalThis) as { __guideContent?: Loaded };

function load(): Loaded {
  let loaded = shared.__guideContent;
  if (!loaded) {
    const content = loadContent(contentDir);
    const rome = romeDir ? indexReferential(loadReferentialCached(romeDir, referentialCacheDir)) : undefined;
    const registry = checkedRegistry(content, rome);
    loaded = {
      content,
      rome,
      registry,
      occupations: new Map(content.occupations.map((r) => [r.slug, r])),
      previews: new Map(registry.pages.filter((p) => p.ownImage).map((p) => [p.image, p])),
      openData: new Map(openDataFileList(content).map((f) => [f.name, f])),
      terms: linkableTerms(content.glossary.terms),
    };
    shared.__guideContent = loaded;
  }
  return loaded;
}

export function getContent(): Content {
  return load().content;
}

/** The glossary's terms, for the pages that link them (components/glossary-scope.tsx). */
export function glossaryTerms(): LinkableTerm[] {
  return load().terms;
}

export function getRegistry(): Registry {
  return load().registry;
}

/**
 * True when this build renders `page`: a guide page always; an occupation's page or a referential page when the
 * build's plan says so (the others' files come from the build cache; without a plan, every page).
 */
function rendered(page: SitePage): boolean {
  if (page.referential) return !renderPages || renderPages.has(page.path);
  return !page.occupation || !renderOnly || renderOnly.has(page.occupation.slug);
}

/** The route params of the pages of one kind that this build renders (generateStaticParams). */
export function staticParams(kind: PageKindKey): Record<string, string>[] {
  return getRegistry()
    .pages.filter((p) => p.kind === kind && rendered(p))
    .map((p) => p.params);
}

/** The pages whose preview image this build draws (a page that shares another's image draws none). */
export function pagesToPreview(): SitePage[] {
  return getRegistry().pages.filter((p) => p.ownImage && rendered(p));
}

/** The national referential, indexed, or undefined when the site is built without it. */
export function getReferential(): ReferentialIndex | undefined {
  return load().rome;
}

/** The referential, for a page that exists only with it (its routes have no params without it). */
export function requireReferential(): ReferentialIndex {
  return load().rome ?? notFound();
}

/** The ROME fiche named by the URL (`/fiches/m1855`), or the 404 page. */
export async function requireRomeFiche(
  params: Promise<{ fiche: string }>,
): Promise<{ rome: ReferentialIndex; fiche: RomeFiche; page: SitePage }> {
  const { fiche: code } = await params;
  const rome = requireReferential();
  const fiche = rome.fiche(code.toUpperCase()) ?? notFound();
  return { rome, fiche, page: requirePage(romeFichePath(fiche.code)) };
}

/** The open data files this build writes. */
export function openDataFilesToWrite(): OpenDataFile[] {
  return [...load().openData.values()].filter((f) => !f.occupation || !renderOnly || renderOnly.has(f.occupation));
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

export type OccupationParams = Promise<{ metier: string }>;
export type CountryParams = Promise<{ metier: string; pays: string }>;
export type PairParams = Promise<{ metier: string; paire: string }>;

/** The occupation named by the URL, or the 404 page. */
export async function requireOccupation(params: OccupationParams): Promise<Occupation> {
  const { metier } = await params;
  return load().occupations.get(metier) ?? notFound();
}

/** The occupation and one of its countries with salary data, or the 404 page. */
export async function requireOccupationCountry(
  params: CountryParams,
): Promise<{ occupation: Occupation; salary: SalaryEntry; country: CountryEntry }> {
  const { metier, pays } = await params;
  const content = getContent();
  const occupation = load().occupations.get(metier) ?? notFound();
  const salary = occupation.salaries.find((s) => s.country === pays) ?? notFound();
  const country = content.countries.find((c) => c.slug === pays) ?? notFound();
  return { occupation, salary, country };
}

/** The occupation and a pair of its countries, or the 404 page. */
export async function requireOccupationPair(params: PairParams): Promise<{ occupation: Occupation; pair: CountryPair }> {
  const { metier, paire } = await params;
  const content = getContent();
  const occupation = load().occupations.get(metier) ?? notFound();
  const pair = findCountryPair(occupation, content.countries, paire) ?? notFound();
  return { occupation, pair };
}

/** An occupation's section page: the occupation, its page in the registry, and the content it draws on. */
export async function requireSection(params: OccupationParams, section: OccupationSectionKey) {
  const occupation = await requireOccupation(params);
  const { sources, countries } = getContent();
  return { occupation, page: requirePage(occupationPath(occupation.slug, section)), sources, countries };
}

/** The metadata of an occupation's section page. */
export async function sectionMetadata(params: OccupationParams, section: OccupationSectionKey): Promise<Metadata> {
  const { page } = await requireSection(params, section);
  return metadataFor(page);
}
