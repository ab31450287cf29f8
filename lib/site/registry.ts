import type { Content, CountryEntry, Role, SalaryEntry, SourceEntry } from "@/lib/content/load";
import { ContentError, type ContentIssue } from "@/lib/content/errors";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import { careerDestinations } from "@/lib/domain/career";
import { comparePair, getCountryPairs, headlineRatio } from "@/lib/domain/compare";
import { inferredMarks, withShortMark } from "@/lib/domain/inferred";
import { countryOf, salaryHighlights } from "@/lib/domain/salary";
import { inSourceOrder, salarySources, topicSources } from "@/lib/site/citations";
import { site } from "@/lib/site/config";
import { formatList } from "@/lib/site/format";
import { aNoun, count, inCountry, inSentence, ofTheNoun, pick } from "@/lib/site/french";
import type { ReferentialIndex } from "@/lib/domain/referential";
import { fit } from "@/lib/site/fit-text";
import { romeEdition } from "@/lib/site/rome-credit";
import { referentialKindList, type ReferentialKindKey } from "@/lib/site/rome-pages";
import {
  comparePath,
  fichePath,
  glossaryPath,
  homePath,
  openDataPath,
  previewImagePath,
  rolePath,
  type RoleSectionKey,
  roleSectionKeys,
  salaryPath,
  offlinePath,
  searchPath,
  sourcesPath,
} from "@/lib/site/routes";
import type { PageSpec, PageText, PreviewFigure } from "@/lib/site/page-spec";
import { spacedStrings } from "@/lib/content/french-spacing";
import { ratioSummary } from "@/lib/site/ratio-text";
import { figureSummary } from "@/lib/site/salary-text";

/**
 * The page registry: every kind of page of the site is declared here once — the app/ file that renders it, its
 * params, path, title, heading, navigation label, breadcrumb, group, description, preview and citations. The
 * sitemap, the role navigation, the page directory, the metadata, the preview images, the JSON-LD and the tests
 * derive from it. Adding a section: one entry below and its route in app/.
 */

/** Search engines show about 60 characters of a title. */
const maxDocumentTitleLength = 60;
/** Longest page title that still fits with " · Guide des métiers" after it (40). */
export const maxTitleLength = maxDocumentTitleLength - ` · ${site.name}`.length;
const descriptionLength = { min: 70, max: 160 } as const;

/**
 * The title of the document (tab, search result): the page's title followed by the site's name when both fit in
 * 60 characters, the page's title alone otherwise — so a long occupation name shortens the title instead of
 * having it cut off. The home page's title already names the site.
 */
export function documentTitle(page: { path: string; title: string }): string {
  if (page.path === homePath) return page.title;
  const full = `${page.title} · ${site.name}`;
  return [...full].length <= maxDocumentTitleLength ? full : page.title;
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/** One tab of an occupation's section navigation. */
export interface NavItem {
  key: RoleSectionKey;
  label: string;
  path: string;
}

/** A source as a page cites it (for structured data): no lookup needed downstream. */
export type Citation = Pick<SourceEntry, "id" | "title" | "short" | "kind" | "language" | "publisher" | "published" | "inferred">;

/** A page of the site, as every consumer sees it. */
export interface SitePage extends Omit<PageSpec, "inDirectory" | "previewOf" | "group"> {
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
}

// ——— The kinds of page ———

const guideGroup = "Le guide";

/** Pages of the guide itself, one each. */
const guideKinds = [
  {
    key: "home",
    route: "app/page.tsx",
    page: (content: Content): PageSpec => ({
      path: homePath,
      params: {},
      title: `${site.name} : fiches métiers sourcées`,
      heading: site.name,
      label: "Accueil",
      crumb: "Accueil",
      description: site.description,
      type: "website",
      sources: content.sources.map((s) => s.id),
      preview: {
        eyebrow: "Orientation",
        heading: site.tagline,
        figures: [
          {
            value: count(content.roles.length, "métier", "métiers"),
            label: `${pick(content.roles.length, "tiré", "tirés")} de ${count(content.sources.length, "source", "sources")}, citées à chaque fait`,
          },
        ],
      },
    }),
  },
  {
    key: "sources",
    route: "app/sources/page.tsx",
    page: (content: Content): PageSpec => ({
      path: sourcesPath,
      params: {},
      title: "Les sources du guide",
      heading: "Les sources du guide",
      label: "Les sources",
      crumb: "Sources",
      parent: homePath,
      description: "Les sources dont ce guide est tiré : ce que couvre chacune, ce que nous en avons repris, et ce qu'elles ne disent pas.",
      type: "article",
      sources: content.sources.map((s) => s.id),
      preview: {
        eyebrow: "Sources",
        heading: "Les sources du guide",
        figures: [{ value: count(content.sources.length, "source", "sources"), label: content.sources.map((s) => s.short).join(" · ") }],
      },
    }),
  },
  {
    key: "glossary",
    route: "app/glossaire/page.tsx",
    page: (content: Content): PageSpec => ({
      path: glossaryPath,
      params: {},
      title: content.glossary.title,
      heading: content.glossary.title,
      label: "Le glossaire",
      crumb: content.glossary.title,
      parent: homePath,
      description: content.glossary.description,
      type: "article",
      sources: [],
      preview: {
        eyebrow: "Glossaire",
        heading: content.glossary.title,
        figures: [
          { value: count(content.glossary.terms.length, "mot", "mots"), label: "expliqués simplement, avec les pages qui les emploient" },
        ],
      },
    }),
  },
  {
    key: "open-data",
    route: "app/donnees/page.tsx",
    page: (content: Content): PageSpec => ({
      path: openDataPath,
      params: {},
      title: "Données ouvertes",
      heading: "Données ouvertes",
      label: "Les données ouvertes",
      crumb: "Données ouvertes",
      parent: homePath,
      description:
        "Les fiches en JSON (les nôtres sous CC BY 4.0, celles du ROME sous Licence Ouverte 2.0) et les salaires en CSV : adresses, champs, façon de citer.",
      type: "article",
      sources: content.sources.map((s) => s.id),
      preview: {
        eyebrow: "Données ouvertes",
        heading: "Les fiches en JSON et en CSV",
        figures: [{ value: "CC BY 4.0", label: "à réutiliser en citant le guide et ses sources" }],
      },
    }),
  },
  {
    key: "search",
    route: "app/recherche/page.tsx",
    page: (): PageSpec => ({
      path: searchPath,
      params: {},
      title: "Rechercher dans le guide",
      heading: "Rechercher dans le guide",
      label: "Rechercher",
      crumb: "Recherche",
      parent: homePath,
      description:
        "Chercher un mot dans toutes les pages du guide des métiers (missions, compétences, formation, salaires), ou parcourir la liste complète des pages.",
      type: "article",
      sources: [],
      preview: { eyebrow: "Recherche", heading: "Rechercher dans le guide", figures: [] },
      inDirectory: false,
    }),
  },
  {
    key: "offline",
    route: "app/hors-ligne/page.tsx",
    page: (): PageSpec => ({
      path: offlinePath,
      params: {},
      title: "Hors connexion",
      heading: "Vous êtes hors connexion",
      label: "Hors connexion",
      crumb: "Hors connexion",
      parent: homePath,
      description:
        "Sans réseau, le guide montre les pages déjà ouvertes sur cet appareil : cette page les liste, et dit comment retrouver les autres une fois reconnecté.",
      type: "article",
      sources: [],
      preview: { eyebrow: "Hors connexion", heading: "Les pages gardées sur cet appareil", figures: [] },
      inDirectory: true,
    }),
  },
] as const;

/** The role's headline salaries: one figure per country, as on the "En bref" box. */
function salaryFigures(role: Role, countries: readonly CountryEntry[]): PreviewFigure[] {
  return salaryHighlights(role, countries).map(({ salary, country, figure }) => ({
    value: figureSummary(figure, salary.currency),
    label: withShortMark(
      `${withShortMark(figure.label, Boolean(figure.inferred.period), inferredMarks.period)}, ${country.name}`,
      Boolean(salary.inferred.country),
      inferredMarks.country,
    ),
  }));
}

/** "France (pays déduit par nous)": a country name where figures are filed under it by our inference. */
function countryLabel(salary: SalaryEntry, countries: readonly CountryEntry[], mark: string = inferredMarks.country): string {
  return withShortMark(countryOf(countries, salary.country).name, Boolean(salary.inferred.country), mark);
}

/** The first wording that fits a meta description, else the last one shortened at a word: never a failed build. */
function fitDescription(candidates: readonly [string, ...string[]]): string {
  return fit(candidates, descriptionLength.max);
}

/** What every page of a role's section shares. */
function sectionPage(role: Role, key: RoleSectionKey, label: string): Omit<PageSpec, keyof PageText> {
  return {
    path: rolePath(role.slug, key),
    params: { metier: role.slug },
    label,
    crumb: key === "role" ? role.title : label,
    parent: key === "role" ? homePath : rolePath(role.slug),
    type: "article" as const,
    role: { slug: role.slug, title: role.title },
    section: key,
  };
}

interface RoleSectionKind<K extends string> {
  key: K;
  /** The tab's label in the occupation's navigation (and in the page directory). */
  label: string;
  route: string;
  page: (role: Role, content: Content) => PageText;
}
const roleSection = <K extends string>(kind: RoleSectionKind<K>) => kind;

/** The sections of an occupation, in the order of its navigation: one page each. */
const roleSections = [
  roleSection({
    key: "role",
    label: "Le métier",
    route: "app/metiers/[metier]/page.tsx",
    page: (role, content) => ({
      title: `${role.title} : le métier`,
      heading: role.title,
      eyebrow: "Fiche métier",
      description: role.description,
      sources: topicSources(role, content.countries).overview,
      preview: { eyebrow: "Fiche métier", heading: role.title, figures: salaryFigures(role, content.countries) },
    }),
  }),
  roleSection({
    key: "missions",
    label: "Missions",
    route: "app/metiers/[metier]/missions/page.tsx",
    page: (role, content) => ({
      title: `Missions : ${role.title}`,
      heading: `Les missions ${ofTheNoun(role)}`,
      eyebrow: role.title,
      description: role.missions.description,
      sources: topicSources(role, content.countries).missions,
      preview: {
        eyebrow: role.title,
        heading: "Les missions",
        figures: [
          {
            value: count(role.missions.items.length, "mission", "missions"),
            label: count(role.missions.phases.length, "phase de travail", "phases de travail"),
          },
        ],
      },
    }),
  }),
  roleSection({
    key: "competences",
    label: "Compétences",
    route: "app/metiers/[metier]/competences/page.tsx",
    page: (role, content) => ({
      title: `Compétences : ${role.title}`,
      heading: `Les compétences ${ofTheNoun(role)}`,
      eyebrow: role.title,
      description: role.skills.description,
      sources: topicSources(role, content.countries).competences,
      preview: {
        eyebrow: role.title,
        heading: "Les compétences",
        figures: [
          {
            value: count(role.skills.technical.length, "compétence technique", "compétences techniques"),
            label: `et ${role.skills.interpersonal.length} savoir-être`,
          },
        ],
      },
    }),
  }),
  roleSection({
    key: "formation",
    label: "Formation",
    route: "app/metiers/[metier]/formation/page.tsx",
    page: (role, content) => ({
      title: `Formation : ${role.title}`,
      heading: `Devenir ${inSentence(role)}`,
      eyebrow: role.title,
      description: role.training.description,
      sources: topicSources(role, content.countries).formation,
      preview: {
        eyebrow: role.title,
        heading: "La formation",
        figures: [
          {
            value: count(role.training.paths.length, "voie d'accès", "voies d'accès"),
            label: formatList(
              role.training.paths.map((p) => p.title),
              "disjunction",
            ),
          },
        ],
      },
    }),
  }),
  roleSection({
    key: "salaires",
    label: "Salaires",
    route: "app/metiers/[metier]/salaires/page.tsx",
    page: (role, content) => ({
      title: `Salaire : ${role.title}`,
      heading: `Le salaire ${ofTheNoun(role)}`,
      eyebrow: role.title,
      description: fitDescription([
        `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
        `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
        `Combien gagne ${aNoun(role)} : ${role.salaries.map((s) => countryLabel(s, content.countries, inferredMarks.compact)).join(", ")}. Montants des sources, convertis en euros par mois et par an.`,
      ]),
      sources: topicSources(role, content.countries).salaires,
      preview: { eyebrow: role.title, heading: "Les salaires", figures: salaryFigures(role, content.countries) },
    }),
  }),
  roleSection({
    key: "evolution",
    label: "Évolution",
    route: "app/metiers/[metier]/evolution/page.tsx",
    page: (role, content) => {
      const destinations = careerDestinations(role.career);
      return {
        title: `Évolution : ${role.title}`,
        heading: `Évoluer quand on est ${inSentence(role)}`,
        eyebrow: role.title,
        description: role.career.description,
        sources: topicSources(role, content.countries).evolution,
        preview: {
          eyebrow: role.title,
          heading: "Les évolutions",
          figures: [
            {
              value: count(destinations.length, "évolution citée", "évolutions citées"),
              label: formatList(destinations.map((d) => d.title)),
            },
          ],
        },
      };
    },
  }),
  roleSection({
    key: "comparer",
    label: "Comparer",
    route: "app/metiers/[metier]/comparer/page.tsx",
    page: (role, content) => {
      const all = topicSources(role, content.countries);
      const pairs = getCountryPairs(role, content.countries);
      return {
        title: `Comparer : ${role.title}`,
        heading: "Comparer",
        eyebrow: role.title,
        description: `${role.title} : les pays côte à côte (salaires convertis, taux indiqué) et, rubrique par rubrique, ce que dit chaque source.`,
        sources: [...all.overview, ...all.missions, ...all.competences, ...all.formation, ...all.salaires, ...all.evolution],
        preview: {
          eyebrow: role.title,
          heading: "Comparer",
          figures: [
            { value: count(pairs.length, "paire de pays", "paires de pays"), label: "et les sources côte à côte, rubrique par rubrique" },
          ],
        },
      };
    },
  }),
] as const;

export type { RoleSectionKey };
// Every section of the URL scheme is described above, once, in the same order (the navigation's).
if (roleSections.map((section) => section.key).join() !== roleSectionKeys.join())
  throw new Error("lib/site/registry.ts: roleSections must describe routes.ts's roleSectionKeys, in their order");

/** Pages of an occupation beyond its sections: one per country, one per pair of countries, the printable fiche. */
const roleDetailKinds = [
  {
    key: "salary-country",
    route: "app/metiers/[metier]/salaires/[pays]/page.tsx",
    pages: (role: Role, content: Content): PageSpec[] =>
      role.salaries.flatMap((salary) => {
        const country = countryOf(content.countries, salary.country);
        const first = salary.figures[0];
        if (!first) return [];
        return [
          {
            path: salaryPath(role.slug, country.slug),
            params: { metier: role.slug, pays: country.slug },
            title: `Salaire ${inSentence(role)} ${inCountry(country)}`,
            heading: `Salaire ${inCountry(country)}`,
            eyebrow: role.title,
            label: `Salaires : ${country.name}`,
            crumb: country.name,
            parent: rolePath(role.slug, "salaires"),
            description: `${role.title} ${country.preposition} ${countryLabel(salary, content.countries)} : ${figureSummary(first, salary.currency)} (${withShortMark(first.label.toLowerCase(), Boolean(first.inferred.period), inferredMarks.period)}). Niveaux, devise, brut ou net et source.`,
            type: "article",
            sources: salarySources([salary], content.countries),
            role: { slug: role.slug, title: role.title },
            section: "salaires",
            preview: {
              eyebrow: role.title,
              heading: `Salaire ${country.preposition} ${countryLabel(salary, content.countries)}`,
              figures: salary.figures.map((f) => ({
                value: figureSummary(f, salary.currency),
                label: withShortMark(f.label, Boolean(f.inferred.period), inferredMarks.period),
              })),
            },
          },
        ];
      }),
  },
  {
    key: "compare-pair",
    route: "app/metiers/[metier]/comparer/[paire]/page.tsx",
    pages: (role: Role, content: Content): PageSpec[] =>
      getCountryPairs(role, content.countries).map((pair) => {
        const r = headlineRatio(comparePair(role, content.countries, pair.a, pair.b).ratios);
        const summary = r ? { long: ratioSummary(r, content.sources), short: ratioSummary(r, content.sources, "short") } : undefined;
        const names = `${pair.a.name} et ${pair.b.name}`;
        return {
          path: comparePath(role.slug, pair.slug),
          params: { metier: role.slug, paire: pair.slug },
          title: `${role.title} : ${names}`,
          heading: `${names} : les salaires côte à côte`,
          eyebrow: role.title,
          label: `Comparer : ${names}`,
          crumb: names,
          parent: rolePath(role.slug, "comparer"),
          // The number never travels without its conditions; the longest wording that fits the description wins.
          description: summary
            ? fitDescription([
                `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.conditions}.`,
                `${summary.long.higher} : ${summary.long.times} ${summary.long.lower}, en euros. À nuancer : ${summary.long.words}.`,
                `${summary.short.higher} : ${summary.short.times} ${summary.short.lower}. À nuancer : ${summary.short.words}.`,
              ])
            : `${role.title}, ${names} côte à côte : montants des sources, conversion en euros et limites de la comparaison.`,
          type: "article",
          sources: salarySources(
            role.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug),
            content.countries,
          ),
          role: { slug: role.slug, title: role.title },
          section: "comparer",
          preview: {
            eyebrow: role.title,
            heading: `Salaires : ${names}`,
            figures: summary
              ? [
                  {
                    value: summary.long.times,
                    label: `${summary.long.higher} face ${summary.long.faceTo}, en euros. À nuancer : ${summary.long.conditions}.`,
                  },
                ]
              : [],
          },
        };
      }),
  },
  {
    key: "fiche",
    route: "app/metiers/[metier]/fiche/page.tsx",
    pages: (role: Role, content: Content): PageSpec[] => {
      const all = topicSources(role, content.countries);
      return [
        {
          path: fichePath(role.slug),
          params: { metier: role.slug },
          title: `Fiche à imprimer : ${role.title}`,
          heading: role.title,
          eyebrow: "Fiche à imprimer",
          label: "La fiche à imprimer",
          crumb: "Fiche à imprimer",
          parent: rolePath(role.slug),
          description: `${role.title} sur une seule page à imprimer : missions, compétences, formation, salaires, évolutions, sources et QR code vers le guide.`,
          type: "article",
          sources: [...all.overview, ...all.missions, ...all.competences, ...all.formation, ...all.salaires, ...all.evolution],
          role: { slug: role.slug, title: role.title },
          preview: { eyebrow: role.title, heading: "La fiche à imprimer", figures: salaryFigures(role, content.countries) },
        },
      ];
    },
  },
] as const;

/** The key of every kind of page: a route asks for its pages by one (`staticParams("domain")`), and a typo fails the type check. */
export type PageKindKey =
  (typeof guideKinds)[number]["key"] | ReferentialKindKey | `section:${RoleSectionKey}` | (typeof roleDetailKinds)[number]["key"];

const sectionKind = (key: RoleSectionKey): PageKindKey => `section:${key}`;

/** Every kind of page and the app/ file that renders it (tests compare this with the app/ tree). */
export const pageKinds: readonly { key: PageKindKey; route: string }[] = [
  ...guideKinds.map(({ key, route }) => ({ key, route })),
  ...referentialKindList.map(({ key, route }) => ({ key, route })),
  ...roleSections.map(({ key, route }) => ({ key: sectionKind(key), route })),
  ...roleDetailKinds.map(({ key, route }) => ({ key, route })),
];

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
}

/**
 * Every page of the content and of the national referential (when the site has it), described and checked; throws if
 * a title or description is out of range.
 */
export function buildRegistry(content: Content, rome?: ReferentialIndex): Registry {
  const newest =
    content.roles
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
  for (const role of content.roles) {
    const add = (spec: PageSpec, kind: PageKindKey, route: string) =>
      specs.push({ spec, kind, route, lastModified: role.updated, group: role.title });
    for (const section of roleSections)
      add({ ...sectionPage(role, section.key, section.label), ...section.page(role, content) }, sectionKind(section.key), section.route);
    for (const kind of roleDetailKinds) for (const spec of kind.pages(role, content)) add(spec, kind.key, kind.route);
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
  for (const { spec, kind, route, lastModified, group } of specs) {
    const sources = inSourceOrder(content, spec.sources);
    // Titles, descriptions and previews are sentences built in code: spaced the French way here, once for every kind.
    const { previewOf, group: _group, ...rest } = spacedStrings(spec);
    const page: SitePage = {
      ...rest,
      image: previewImagePath(previewOf ?? spec.path),
      ownImage: !previewOf,
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
    if (page.role) {
      const slug = page.role.slug;
      page.nav = roleSections.map((s) => ({ key: s.key, label: s.label, path: rolePath(slug, s.key) }));
    }
  }
  const pages = [...byPath.values()];
  const drawn = new Set(pages.filter((p) => p.ownImage).map((p) => p.image));
  for (const p of pages)
    if (!drawn.has(p.image)) throw new Error(`${p.path}: shares the preview image ${p.image}, which no page draws (lib/site/registry.ts)`);
  checkPages(pages, new Map(content.roles.map((r) => [r.slug, r.file])));
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
  };
}

/**
 * Lengths and uniqueness: a page that would show a truncated or duplicate result fails the build, named by the file
 * an editor can change (the occupation's `index.md`, whose title makes its pages' titles) and the page, never with a
 * stack trace. Text built from data fits by construction (`fitDescription`); what is left is an editor's choice.
 */
function checkPages(pages: readonly SitePage[], roleFiles: ReadonlyMap<string, string>) {
  const problems: ContentIssue[] = [];
  const fileOf = (p: SitePage) => (p.role ? (roleFiles.get(p.role.slug) ?? p.role.slug) : "lib/site/registry.ts");
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
  }
  if (problems.length) throw new ContentError(problems);
}

/** Every markdown body of the content with its file. */
function contentBodies(content: Content): { file: string; body: RenderedMarkdown }[] {
  return [
    ...content.sources,
    ...content.countries,
    content.glossary,
    ...content.roles.flatMap((r) => [r, r.missions, r.skills, r.training, r.career, ...r.salaries]),
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
  return content.roles.flatMap((role): ContentIssue[] => {
    if (!role.rome) return [];
    const fiche = rome.fiche(role.rome.code);
    if (!fiche)
      return [
        {
          file: role.file,
          field: "rome.code",
          message: `no fiche ${role.rome.code} in the referential (ROME version ${rome.referential.version.number})`,
        },
      ];
    if (!fiche.titles.some((t) => t.label === role.rome?.appellation))
      return [
        {
          file: role.file,
          field: "rome.appellation",
          message: `« ${role.rome.appellation} » is not a title of ${fiche.code} « ${fiche.title} »`,
        },
      ];
    return [];
  });
}

/** The registry of content whose links are checked: what the app and the tests build pages from. */
export function checkedRegistry(content: Content, rome?: ReferentialIndex): Registry {
  const registry = buildRegistry(content, rome);
  const issues = [...referentialLinkIssues(content, rome), ...contentLinkIssues(content, registry)];
  if (issues.length) throw new ContentError(issues);
  return registry;
}
