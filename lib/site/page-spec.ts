// What a kind of page says of each of its pages, and what the assembled page adds: the kinds (lib/site/kinds/) and
// the registry (lib/site/registry.ts) both use these, so the types live below them.
import type { SourceEntry } from "@/lib/content/load";
import type { OccupationSectionKey } from "@/lib/site/routes";

/** A big number or amount on a preview image, with what it is. */
export interface PreviewFigure {
  value: string;
  label: string;
}

/** What a page says of itself: titles, description, citations, preview. */
export interface PageText {
  /** Without the site name (`documentTitle` adds it), except on the home page which has its own. */
  title: string;
  /** The page's h1. */
  heading: string;
  /** Small line above the h1, if any. */
  eyebrow?: string;
  description: string;
  /** Ids of the sources the page cites (any order, repeats allowed: the registry orders and dedupes). */
  sources: string[];
  preview: { eyebrow: string; heading: string; figures: PreviewFigure[] };
  /**
   * The content the page presents (entries, fields, markdown bodies): the glossary lists the page under each term this
   * content uses (« Employé dans »). Words a component adds around it (labels, headings) are not the page's content.
   */
  shows?: unknown;
}

/** What one kind of page says of one of its pages. */
export interface PageSpec extends PageText {
  path: string;
  /** Route params of the page (`{ metier, pays }`), for generateStaticParams. */
  params: Record<string, string>;
  /** Name in the page directory (the search page's list). */
  label: string;
  /** Name in the breadcrumb trail, and the path of the page above it. */
  crumb: string;
  parent?: string;
  type: "website" | "article";
  /** The occupation the page is about, and the tab of its navigation the page belongs to. */
  occupation?: { slug: string; title: string };
  section?: OccupationSectionKey;
  /** False for a page the directory leaves out (the search page, which holds the directory). */
  inDirectory?: boolean;
  /** The page whose preview image this page shares (pages that would show the same card), if not its own. */
  previewOf?: string;
  /** True for a page that shows the national referential (ROME): it credits it. */
  referential?: boolean;
  /** Group of the page directory, when not the guide's or an occupation's. */
  group?: string;
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/** One tab of an occupation's section navigation. */
export interface NavItem {
  key: OccupationSectionKey;
  label: string;
  path: string;
}

/** A source as a page cites it (for structured data): no lookup needed downstream. */
export type Citation = Pick<SourceEntry, "id" | "title" | "short" | "kind" | "language" | "publisher" | "published" | "inferred">;
