import type { Content, Occupation } from "@/lib/content/load";
import type { ReferentialIndex } from "@/lib/domain/referential";
import type { PageSpec, PageText } from "@/lib/site/page-spec";
import type { OccupationSectionKey } from "@/lib/site/routes";

/**
 * The shapes of a kind of page: made from the content (a page of the guide, a section of an occupation, an
 * occupation's other pages) or from the national referential. Each kind is one module of this folder; the registry
 * (lib/site/registry.ts) lists them and assembles the page list.
 */

/** A page of the guide itself: one page, made from the whole content. */
export interface GuideKind<K extends string = string> {
  key: K;
  /** The app/ file that renders it. */
  route: string;
  page: (content: Content) => PageSpec;
}

/** A section of an occupation: one page per occupation, and a tab of its navigation (in the order of routes.ts). */
export interface SectionKind<K extends OccupationSectionKey = OccupationSectionKey> {
  key: K;
  /** The tab's label in the occupation's navigation, in the page directory and in the list of its sections. */
  label: string;
  route: string;
  /** The ids of the sources its facts cite; a section without them cites every other section's (it compares them). */
  sources?: (occupation: Occupation, content: Content) => string[];
  /** Its titles, description and preview; the path, crumb and parent follow from the key. */
  page: (occupation: Occupation, content: Content) => Omit<PageText, "sources">;
  /** One line on what it holds, under its link in the occupation's list of sections (none: not listed there). */
  summary?: (occupation: Occupation) => string;
}

/** Pages of an occupation beyond its sections (one per country, one per pair, the printable fiche…). */
export interface OccupationKind<K extends string = string> {
  key: K;
  route: string;
  /** `sectionSources`: every source the occupation's sections cite, for a page that gathers them. */
  pages: (occupation: Occupation, content: Content, sectionSources: readonly string[]) => PageSpec[];
}

/** A kind of page made from the national referential (ROME 4.0): its pages take what they need of its index. */
export interface ReferentialKind<K extends string = string> {
  key: K;
  route: string;
  pages: (rome: ReferentialIndex, content: Content) => PageSpec[];
}

// Identity functions: they type a kind's functions from the shape, and keep its key as a literal type.
export const guideKind = <const K extends string>(kind: GuideKind<K>) => kind;
export const sectionKind = <const K extends OccupationSectionKey>(kind: SectionKind<K>) => kind;
export const occupationKind = <const K extends string>(kind: OccupationKind<K>) => kind;
export const referentialKind = <const K extends string>(kind: ReferentialKind<K>) => kind;
