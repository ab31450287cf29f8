import type { Content, Occupation } from "@/lib/content/load";
import { ContentError, type ContentIssue } from "@/lib/content/errors";
import { type OccupationSectionField, occupationSectionFiles } from "@/lib/content/schema";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import type { ReferentialIndex } from "@/lib/domain/referential";
import { inSourceOrder } from "@/lib/site/citations";
import { comparer } from "@/lib/site/kinds/comparer";
import { compareFiches } from "@/lib/site/kinds/compare-fiches";
import { domain } from "@/lib/site/kinds/domain";
import { domains } from "@/lib/site/kinds/domains";
import { grandDomain } from "@/lib/site/kinds/grand-domain";
import { interest } from "@/lib/site/kinds/interest";
import { interests } from "@/lib/site/kinds/interests";
import { romeFiche } from "@/lib/site/kinds/rome-fiche";
import { shortlist } from "@/lib/site/kinds/shortlist";
import { titlesIndex } from "@/lib/site/kinds/titles-index";
import { titlesLetter } from "@/lib/site/kinds/titles-letter";
import { pairComparison } from "@/lib/site/kinds/compare-pair";
import { competences } from "@/lib/site/kinds/competences";
import { evolution } from "@/lib/site/kinds/evolution";
import { formation } from "@/lib/site/kinds/formation";
import { glossary } from "@/lib/site/kinds/glossary";
import { home } from "@/lib/site/kinds/home";
import type { ReferentialKind, SectionKind } from "@/lib/site/kinds/kind";
import { missions } from "@/lib/site/kinds/missions";
import { occupation } from "@/lib/site/kinds/occupation";
import { offline } from "@/lib/site/kinds/offline";
import { openData } from "@/lib/site/kinds/open-data";
import { printableFiche } from "@/lib/site/kinds/printable-fiche";
import { salaires } from "@/lib/site/kinds/salaires";
import { salaryCountry } from "@/lib/site/kinds/salary-country";
import { search } from "@/lib/site/kinds/search";
import { sources } from "@/lib/site/kinds/sources";
import type { Citation, Crumb, NavItem, PageSpec } from "@/lib/site/page-spec";
import { romeEdition } from "@/lib/site/rome-credit";
import { homePath, previewImagePath, occupationPath, type OccupationSectionKey } from "@/lib/site/routes";
import { descriptionLength, documentTitle, maxDocumentTitleLength } from "@/lib/site/seo";
import { spacedStrings } from "@/lib/content/french-spacing";
import { missingGlyphs } from "@/lib/site/preview-text";
import { linkableTerms, termMatcher } from "@/lib/site/glossary-links";
import { termsShown, unusedTermIssues } from "@/lib/site/glossary-uses";

/**
 * The page registry: the list of every kind of page (one module each in lib/site/kinds/), and the page list assembled from them — paths, breadcrumb trails, the occupation's navigation,
 * citations, preview images — checked. The sitemap, the navigation, the page directory, the metadata, the preview
 * images, the JSON-LD and the tests derive from it.
 */

// ——— The kinds of page ———

const guideGroup = "Le guide";

/** Pages of the guide itself, one each, in the sitemap's order. */
const guideKinds = [home, sources, glossary, openData, search, offline] as const;

const sectionList = [occupation, missions, competences, formation, salaires, evolution, comparer] as const;
// Each key of routes.ts's OccupationSections (added by its section's module) is in the list: the type check fails while one is left out.
const _everySectionListed: Exclude<OccupationSectionKey, (typeof sectionList)[number]["key"]> extends never
  ? true
  : "a section is missing from sectionList" = true;

/** The sections of an occupation, in the order of its navigation: one page each. */
export const occupationSections: readonly SectionKind[] = sectionList;

/** Pages made from the national referential (ROME 4.0), when the site has it, in the sitemap's order. */
const referentialKinds = [
  domains,
  grandDomain,
  domain,
  interests,
  interest,
  titlesIndex,
  titlesLetter,
  romeFiche,
  compareFiches,
  shortlist,
] as const;
type ReferentialKindKey = (typeof referentialKinds)[number]["key"];
/** The same, each seen through the common shape (their `pages` take what they need of the same arguments). */
const referentialKindList: readonly ReferentialKind<ReferentialKindKey>[] = referentialKinds;

/** Pages of an occupation beyond its sections: one per country, one per pair of countries, the printable fiche. */
const occupationKinds = [salaryCountry, pairComparison, printableFiche] as const;

/** The key of every kind of page: a route asks for its pages by one (`staticParams("domain")`), and a typo fails the type check. */
export type PageKindKey =
  (typeof guideKinds)[number]["key"] | ReferentialKindKey | `section:${OccupationSectionKey}` | (typeof occupationKinds)[number]["key"];

const sectionPageKind = (key: OccupationSectionKey): PageKindKey => `section:${key}`;

/** Every kind of page and the app/ file that renders it (tests compare this with the app/ tree). */
export const pageKinds: readonly { key: PageKindKey; route: string }[] = [
  ...guideKinds.map(({ key, route }) => ({ key, route })),
  ...referentialKindList.map(({ key, route }) => ({ key, route })),
  ...occupationSections.map(({ key, route }) => ({ key: sectionPageKind(key), route })),
  ...occupationKinds.map(({ key, route }) => ({ key, route })),
];

/** A page of the site, as every consumer sees it. */
export interface SitePage extends Omit<PageSpec, "inDirectory" | "previewOf" | "group" | "shows"> {
  /** The kind of page, and the app/ file that renders it. */
  kind: PageKindKey;
  route: string;
  /** ISO day (YYYY-MM-DD) of the content the page shows, never the build time. */
  lastModified: string;
  /** Group of the page directory: « Le guide », or the occupation's title. */
  group: string;
  inDirectory: boolean;
  citations: Citation[];
  /** From the home page to this page. */
  trail: Crumb[];
  /** The occupation's section navigation, on its pages. */
  nav?: NavItem[];
  /** Its preview image (`/apercus/….png`): its own, or the one it shares. */
  image: string;
  /** True when `image` is drawn for this page (not shared from another). */
  ownImage: boolean;
  /** Ids of the glossary terms its content uses (`PageSpec.shows`). */
  terms: string[];
}

/** What every page of an occupation's section shares: its path, crumb and parent follow from the key. */
function sectionPage(occupation: Occupation, section: SectionKind, content: Content, sectionSources: readonly string[]): PageSpec {
  const isOccupation = section.key === "occupation";
  const { preview, ...text } = section.page(occupation, content);
  return {
    path: occupationPath(occupation.slug, section.key),
    params: { metier: occupation.slug },
    label: section.label,
    crumb: isOccupation ? occupation.title : section.label,
    parent: isOccupation ? homePath : occupationPath(occupation.slug),
    type: "article" as const,
    occupation: { slug: occupation.slug, title: occupation.title },
    section: section.key,
    ...text,
    sources: section.sources ? section.sources(occupation, content) : [...sectionSources],
    preview,
  };
}

// ——— The registry built from content ———

interface DirectoryGroup {
  title: string;
  pages: { path: string; label: string }[];
}

export interface Registry {
  /** Every page of the site (the 404 page excepted), in the sitemap's order. */
  readonly pages: readonly SitePage[];
  /** The page at `path`, or undefined. */
  find(path: string): SitePage | undefined;
  /** The page at `path`; throws for a path the registry does not know. */
  get(path: string): SitePage;
  /** Every page with a readable name, grouped: what the search page lists for readers without JavaScript. */
  directory(): DirectoryGroup[];
  /** The pages whose content uses a glossary term, in the order of their paths (the glossary's « Employé dans »). */
  usesOf(termId: string): SitePage[];
}

/**
 * Every page of the content and of the national referential (when the site has it), described and checked; throws if
 * a title or description is out of range.
 */
/**
 * The page list of `content` (and of the referential, when given). A page-level problem an editor can cause (a title
 * or description out of bounds, two pages with one title, a character the preview image cannot draw) throws a
 * ContentError naming the file and the page, or, when `collect` is given, is added to it.
 */
export function buildRegistry(content: Content, rome?: ReferentialIndex, collect?: ContentIssue[]): Registry {
  const newest =
    content.occupations
      .map((r) => r.updated)
      .sort()
      .at(-1) ?? "1970-01-01";
  const specs: { spec: PageSpec; kind: PageKindKey; route: string; lastModified: string; group: string }[] = [];
  for (const kind of guideKinds)
    specs.push({ spec: kind.page(content), kind: kind.key, route: kind.route, lastModified: newest, group: guideGroup });
  if (rome)
    for (const kind of referentialKindList)
      for (const spec of kind.pages(rome, content))
        specs.push({
          spec,
          kind: kind.key,
          route: kind.route,
          lastModified: rome.referential.version.published,
          group: spec.group ?? guideGroup,
        });
  for (const occupation of content.occupations) {
    const add = (spec: PageSpec, kind: PageKindKey, route: string) =>
      specs.push({ spec, kind, route, lastModified: occupation.updated, group: occupation.title });
    const sectionSources = occupationSections.flatMap((section) => section.sources?.(occupation, content) ?? []);
    for (const section of occupationSections)
      add(sectionPage(occupation, section, content, sectionSources), sectionPageKind(section.key), section.route);
    for (const kind of occupationKinds) for (const spec of kind.pages(occupation, content, sectionSources)) add(spec, kind.key, kind.route);
  }

  const byPath = new Map<string, SitePage>();
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const romeCitation: Citation | undefined = rome && {
    id: "rome",
    title: `Répertoire opérationnel des métiers et des emplois (ROME 4.0), ${romeEdition(rome.referential.version)}`,
    short: "ROME 4.0",
    kind: "Référentiel national des métiers",
    language: "fr",
    publisher: "France Travail",
    published: rome.referential.version.published,
    inferred: {},
  };
  const matcher = termMatcher(linkableTerms(content.glossary.terms));
  for (const { spec: withContent, kind, route, lastModified, group } of specs) {
    const { shows, ...spec } = withContent;
    const sources = inSourceOrder(content, spec.sources);
    // Titles, descriptions and previews are sentences built in code: spaced the French way here, once for every kind.
    const { previewOf, group: _group, ...rest } = spacedStrings(spec);
    const page: SitePage = {
      ...rest,
      image: previewImagePath(previewOf ?? spec.path),
      ownImage: !previewOf,
      terms: termsShown(shows, matcher),
      kind,
      route,
      lastModified,
      group,
      inDirectory: spec.inDirectory ?? true,
      sources,
      citations: [
        ...(spec.referential && romeCitation ? [romeCitation] : []),
        ...sources.flatMap((id) => {
          const s = sourceById.get(id);
          return s
            ? [
                {
                  id: s.id,
                  title: s.title,
                  short: s.short,
                  kind: s.kind,
                  language: s.language,
                  publisher: s.publisher,
                  published: s.published,
                  inferred: s.inferred,
                },
              ]
            : [];
        }),
      ],
      trail: [],
    };
    if (byPath.has(page.path)) throw new Error(`${page.path}: two pages at the same path (lib/site/registry.ts)`);
    byPath.set(page.path, page);
  }
  for (const page of byPath.values()) {
    const trail: Crumb[] = [];
    for (let p: SitePage | undefined = page; p; p = p.parent ? byPath.get(p.parent) : undefined)
      trail.unshift({ name: p.crumb, path: p.path });
    page.trail = trail;
    if (page.occupation) {
      const slug = page.occupation.slug;
      page.nav = occupationSections.map((s) => ({ key: s.key, label: s.label, path: occupationPath(slug, s.key) }));
    }
  }
  const pages = [...byPath.values()];
  const drawn = new Set(pages.filter((p) => p.ownImage).map((p) => p.image));
  for (const p of pages)
    if (!drawn.has(p.image)) throw new Error(`${p.path}: shares the preview image ${p.image}, which no page draws (lib/site/registry.ts)`);
  const problems = pageProblems(pages, new Map(content.occupations.map((r) => [r.slug, r.file])));
  if (problems.length && !collect) throw new ContentError(problems);
  collect?.push(...problems);
  const uses = new Map<string, SitePage[]>();
  for (const p of [...pages].sort((a, b) => a.path.localeCompare(b.path)))
    for (const id of p.terms) uses.set(id, [...(uses.get(id) ?? []), p]);
  return {
    pages,
    find: (path) => byPath.get(path),
    get(path) {
      const page = byPath.get(path);
      if (!page) throw new Error(`${path}: no such page in the registry (lib/site/registry.ts)`);
      return page;
    },
    directory() {
      const groups = new Map<string, DirectoryGroup>();
      for (const p of pages) {
        if (!p.inDirectory) continue;
        const group = groups.get(p.group) ?? { title: p.group, pages: [] };
        group.pages.push({ path: p.path, label: p.label });
        groups.set(p.group, group);
      }
      return [...groups.values()];
    },
    usesOf: (termId) => uses.get(termId) ?? [],
  };
}

/**
 * Lengths and uniqueness: a page that would show a truncated or duplicate result fails the build, named by the file
 * an editor can change (the occupation's `index.md`, whose title makes its pages' titles) and the page, never with a
 * stack trace. Text built from data fits by construction (`fitDescription`); what is left is an editor's choice.
 */
function pageProblems(pages: readonly SitePage[], occupationFiles: ReadonlyMap<string, string>): ContentIssue[] {
  const problems: ContentIssue[] = [];
  const fileOf = (p: SitePage) => (p.occupation ? (occupationFiles.get(p.occupation.slug) ?? p.occupation.slug) : "lib/site/registry.ts");
  const problem = (p: SitePage, message: string) => problems.push({ file: fileOf(p), field: `page ${p.path}`, message });
  const length = (s: string) => [...s].length;
  const titles = new Map<string, string>();
  for (const p of pages) {
    const full = documentTitle(p);
    if (length(full) > maxDocumentTitleLength)
      problem(p, `title "${full}" has ${length(full)} characters (max ${maxDocumentTitleLength}): shorten the title`);
    const d = length(p.description);
    if (d < descriptionLength.min || d > descriptionLength.max)
      problem(p, `description has ${d} characters (${descriptionLength.min}–${descriptionLength.max})`);
    const other = titles.get(p.title);
    if (other) problem(p, `same title as ${other}`);
    titles.set(p.title, p.path);
    const drawn = [
      ["preview.heading", p.preview.heading],
      ["preview.eyebrow", p.preview.eyebrow],
      ...p.preview.figures.flatMap((f, i) => [
        [`preview.figures[${i}].value`, f.value],
        [`preview.figures[${i}].label`, f.label],
      ]),
    ];
    if (p.ownImage)
      for (const [field, text = ""] of drawn) {
        const missing = missingGlyphs(text);
        if (missing.length) problem(p, `${field}: « ${text} » has characters its preview image's font lacks: ${missing.join(", ")}`);
      }
  }
  return problems;
}

const occupationSectionFieldList = Object.keys(occupationSectionFiles) as OccupationSectionField[];

/** Every markdown body of the content with its file. */
function contentBodies(content: Content): { file: string; body: RenderedMarkdown }[] {
  return [
    ...content.sources,
    ...content.countries,
    content.glossary,
    ...content.occupations.flatMap((r) => [r, ...occupationSectionFieldList.map((field) => r[field]), ...r.salaries]),
  ];
}

/** Links written in markdown bodies must lead to a page of the registry: the problems, as content issues. */
function contentLinkIssues(content: Content, registry: Registry): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, body } of contentBodies(content))
    for (const href of body.internalLinks) {
      const target = href.replace(/[?#].*$/, "") || "/";
      if (!registry.find(target)) issues.push({ file, field: "(body)", message: `link to "${href}": no such page` });
    }
  return issues;
}

/** An occupation that names a ROME fiche must name one the referential has, and one of that fiche's titles. */
function referentialLinkIssues(content: Content, rome: ReferentialIndex | undefined): ContentIssue[] {
  if (!rome) return [];
  return content.occupations.flatMap((occupation): ContentIssue[] => {
    if (!occupation.rome) return [];
    const fiche = rome.fiche(occupation.rome.code);
    if (!fiche)
      return [
        {
          file: occupation.file,
          field: "rome.code",
          message: `no fiche ${occupation.rome.code} in the referential (ROME version ${rome.referential.version.number})`,
        },
      ];
    if (!fiche.titles.some((t) => t.label === occupation.rome?.appellation))
      return [
        {
          file: occupation.file,
          field: "rome.appellation",
          message: `« ${occupation.rome.appellation} » is not a title of ${fiche.code} « ${fiche.title} »`,
        },
      ];
    return [];
  });
}

/** The registry of content whose links are checked: what the app and the tests build pages from. */
export function checkedRegistry(content: Content, rome?: ReferentialIndex): Registry {
  // Every problem at once: the pages', then the links'.
  const issues: ContentIssue[] = [];
  const registry = buildRegistry(content, rome, issues);
  issues.push(
    ...referentialLinkIssues(content, rome),
    ...contentLinkIssues(content, registry),
    ...unusedTermIssues(content.glossary, new Set(registry.pages.flatMap((p) => p.terms))),
  );
  if (issues.length) throw new ContentError(issues);
  return registry;
}
