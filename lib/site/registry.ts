import { comparePair, getCountryPairs } from "@/lib/domain/compare";
import { type Content, loadContent, requireCountry, type Role, type SalaryEntry } from "@/lib/content/load";
import { figureSummary, nextSteps, salaryHighlights } from "@/lib/site/salary-text";
import { formatList, formatRatio } from "@/lib/site/format";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import {
  allPages,
  comparePath,
  fichePath,
  homePath,
  rolePath,
  roleSections,
  type RoleSectionKey,
  glossaryPath,
  openDataPath,
  salaryPath,
  searchPath,
  sourcesPath,
} from "@/lib/site/routes";
import type { SourcedItem } from "@/lib/content/schema";
import { site } from "@/lib/site/config";

/**
 * What each page of the site is, for the machines that read it: its title and description (metadata,
 * structured data), the sources it cites, and what its preview image shows. One catalogue, so the
 * metadata, the preview images, the JSON-LD and the tests cannot disagree.
 */

/** Search engines show about 60 characters of a title. */
export const maxDocumentTitleLength = 60;
/** Longest page title that still fits with " · Guide des métiers" after it (40). */
export const maxTitleLength = maxDocumentTitleLength - ` · ${site.name}`.length;

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
export const descriptionLength = { min: 70, max: 160 } as const;

/** A big number or amount on a preview image, with what it is. */
export interface PreviewFigure {
  value: string;
  label: string;
}

export interface PageDescription {
  path: string;
  /** Without the site name (the layout's template adds it), except on the home page which has its own. */
  title: string;
  description: string;
  type: "website" | "article";
  /** ISO day of the content the page shows. */
  lastModified: string;
  /** Ids of the sources the page cites, in the site's order. */
  sources: string[];
  /** The occupation the page is about, if any. */
  role?: { slug: string; title: string };
  preview: { eyebrow: string; heading: string; figures: PreviewFigure[] };
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Source ids linked from a markdown body (`/sources#id`). */
function linkedSources(body: RenderedMarkdown): string[] {
  const prefix = `${sourcesPath}#`;
  return body.internalLinks.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

function itemSources(items: readonly SourcedItem[]): string[] {
  return items.flatMap((i) => [...i.sources, ...(i.examples ?? []).flatMap((e) => e.sources)]);
}

function salarySources(salaries: readonly SalaryEntry[]): string[] {
  return salaries.flatMap((s) => [
    s.source,
    ...s.factors.flatMap((f) => f.sources),
    ...linkedSources(s.body),
    // The exchange rate shown next to the figures comes from a source too.
    ...[requireCountry(s.country).exchange?.source].filter((id): id is string => id !== undefined),
  ]);
}

/** The sources each section of an occupation cites, from the sources named on its facts and links. */
function sectionSources(role: Role, section: RoleSectionKey | "all"): string[] {
  const bySection: Record<RoleSectionKey, () => string[]> = {
    role: () => [
      ...role.aliases.flatMap((a) => a.sources),
      ...[...role.context, ...role.challenges].flatMap((c) => c.sources),
      ...linkedSources(role.body),
      ...role.salaries.map((s) => s.source),
      ...role.training.paths.flatMap((p) => p.sources),
      ...role.career.paths.flatMap((p) => p.sources),
    ],
    missions: () => [...itemSources([...role.missions.items, ...role.missions.phases]), ...linkedSources(role.missions.body)],
    competences: () => [...itemSources([...role.skills.technical, ...role.skills.interpersonal]), ...linkedSources(role.skills.body)],
    formation: () => [...itemSources(role.training.paths), ...linkedSources(role.training.body)],
    salaires: () => salarySources(role.salaries),
    evolution: () => [...role.career.paths.flatMap((p) => p.sources), ...linkedSources(role.career.body)],
    comparer: () => roleSections.filter((s) => s.key !== "comparer").flatMap((s) => bySection[s.key]()),
  };
  if (section === "all") return roleSections.flatMap((s) => bySection[s.key]());
  return bySection[section]();
}

/** The role's headline salaries: one figure per country, as on the "En bref" box. */
function salaryFigures(role: Role): PreviewFigure[] {
  return salaryHighlights(role).map(({ salary, country, figure }) => ({
    value: figureSummary(figure, salary.currency),
    label: `${figure.label}, ${country.name}`,
  }));
}

function describeRole(role: Role, content: Content): Omit<PageDescription, "lastModified">[] {
  const about = { slug: role.slug, title: role.title };
  const section = (key: RoleSectionKey, title: string, description: string, heading: string, figures: PreviewFigure[]) => ({
    path: rolePath(role.slug, key),
    title,
    description,
    type: "article" as const,
    sources: sectionSources(role, key),
    role: about,
    preview: { eyebrow: role.title, heading, figures },
  });
  const countryNames = role.salaries.map((s) => requireCountry(s.country).name);
  const steps = nextSteps(role);
  const pairs = getCountryPairs(role);
  const pages: Omit<PageDescription, "lastModified">[] = [
    { ...section("role", `${role.title} : le métier`, role.description, role.title, salaryFigures(role)), preview: { eyebrow: "Fiche métier", heading: role.title, figures: salaryFigures(role) } },
    section("missions", `Missions : ${role.title}`, role.missions.description, "Les missions", [
      { value: plural(role.missions.items.length, "mission", "missions"), label: plural(role.missions.phases.length, "phase de travail", "phases de travail") },
    ]),
    section("competences", `Compétences : ${role.title}`, role.skills.description, "Les compétences", [
      {
        value: plural(role.skills.technical.length, "compétence technique", "compétences techniques"),
        label: `et ${plural(role.skills.interpersonal.length, "compétence relationnelle", "compétences relationnelles")}`,
      },
    ]),
    section("formation", `Formation : ${role.title}`, role.training.description, "La formation", [
      { value: plural(role.training.paths.length, "voie d'accès", "voies d'accès"), label: formatList(role.training.paths.map((p) => p.title), "disjunction") },
    ]),
    section(
      "salaires",
      `Salaire : ${role.title}`,
      `Combien gagne un ${role.title.toLowerCase()} : ${countryNames.join(", ")}. Montants tels que donnés par les sources, convertis en euros par mois et par an.`,
      "Les salaires",
      salaryFigures(role),
    ),
    section("evolution", `Évolution : ${role.title}`, role.career.description, "Les évolutions", [
      { value: plural(steps.length, "évolution citée", "évolutions citées"), label: formatList(steps) },
    ]),
    section(
      "comparer",
      `Comparer : ${role.title}`,
      `${role.title} : les pays côte à côte (salaires convertis, taux indiqué) et, rubrique par rubrique, ce que dit chaque source.`,
      "Comparer",
      [
        { value: plural(pairs.length, "paire de pays", "paires de pays"), label: "et les sources côte à côte, rubrique par rubrique" },
      ],
    ),
  ];
  for (const salary of role.salaries) {
    const country = requireCountry(salary.country);
    const first = salary.figures[0];
    pages.push({
      path: salaryPath(role.slug, country.slug),
      title: `Salaire ${role.title.toLowerCase()} ${country.preposition} ${country.name}`,
      description: `${role.title} ${country.preposition} ${country.name} : ${figureSummary(first, salary.currency)} (${first.label.toLowerCase()}). Niveaux, devise, période, brut ou net et source.`,
      type: "article",
      sources: salarySources([salary]),
      role: about,
      preview: {
        eyebrow: role.title,
        heading: `Salaire ${country.preposition} ${country.name}`,
        figures: salary.figures.map((f) => ({ value: figureSummary(f, salary.currency), label: f.label })),
      },
    });
  }
  for (const pair of pairs) {
    const { ratios } = comparePair(role, pair.a, pair.b);
    const r = ratios[0];
    const times = r
      ? r.ratio.low === r.ratio.high
        ? formatRatio(r.ratio.low)
        : `${formatRatio(r.ratio.low)} à ${formatRatio(r.ratio.high)}`
      : undefined;
    pages.push({
      path: comparePath(role.slug, pair.slug),
      title: `${role.title} : ${pair.a.name} et ${pair.b.name}`,
      description: `${role.title}, ${pair.a.name} et ${pair.b.name} côte à côte : montants des sources, conversion en euros et écart${times ? ` (environ ${times} fois)` : ""}.`,
      type: "article",
      sources: salarySources(role.salaries.filter((s) => s.country === pair.a.slug || s.country === pair.b.slug)),
      role: about,
      preview: {
        eyebrow: role.title,
        heading: `Salaires : ${pair.a.name} et ${pair.b.name}`,
        figures: r && times
          ? [
              {
                value: `environ ${times} fois`,
                label: `${r.higher.figure.label} ${r.higher.country.preposition} ${r.higher.country.name}, face au ${
                  r.lower.figure.kind === "average" ? "salaire moyen" : `niveau « ${r.lower.figure.label.toLowerCase()} »`
                } ${r.lower.country.preposition} ${r.lower.country.name}, en euros`,
              },
            ]
          : [],
      },
    });
  }
  pages.push({
    path: fichePath(role.slug),
    title: `Fiche à imprimer : ${role.title}`,
    description: `${role.title} sur une seule page à imprimer : missions, compétences, formation, salaires, évolutions, sources et QR code vers le guide.`,
    type: "article",
    sources: sectionSources(role, "all"),
    role: about,
    preview: { eyebrow: role.title, heading: "La fiche à imprimer", figures: salaryFigures(role) },
  });
  // Sources are listed in the site's order, each once.
  const order = content.sources.map((s) => s.id);
  return pages.map((p) => ({ ...p, sources: order.filter((id) => p.sources.includes(id)) }));
}

/** Every page of the content, described; throws if a title or description is out of range. */
export function describePages(content: Content = loadContent()): PageDescription[] {
  const sourceIds = content.sources.map((s) => s.id);
  const described: Omit<PageDescription, "lastModified">[] = [
    {
      path: homePath,
      title: `${site.name} : fiches métiers sourcées`,
      description: site.description,
      type: "website",
      sources: sourceIds,
      preview: {
        eyebrow: "Orientation",
        heading: site.tagline,
        figures: [
          {
            value: plural(content.roles.length, "métier", "métiers"),
            label: `${content.roles.length > 1 ? "tirés" : "tiré"} de ${plural(content.sources.length, "article", "articles")}, cités à chaque fait`,
          },
        ],
      },
    },
    {
      path: sourcesPath,
      title: "Les sources du guide",
      description:
        "Les articles dont ce guide est tiré : ce que couvre chacun, ce que nous en avons repris, et ce qu'ils ne disent pas.",
      type: "article",
      sources: sourceIds,
      preview: {
        eyebrow: "Sources",
        heading: "Les sources du guide",
        figures: [{ value: plural(content.sources.length, "article", "articles"), label: content.sources.map((s) => s.short).join(" · ") }],
      },
    },
    ...content.roles.flatMap((role) => describeRole(role, content)),
    {
      path: glossaryPath,
      title: content.glossary.title,
      description: content.glossary.description,
      type: "article",
      sources: [],
      preview: {
        eyebrow: "Glossaire",
        heading: content.glossary.title,
        figures: [{ value: plural(content.glossary.terms.length, "mot", "mots"), label: "expliqués simplement, avec les pages qui les emploient" }],
      },
    },
    {
      path: openDataPath,
      title: "Données ouvertes",
      description:
        "Les faits de chaque fiche métier en JSON et les salaires en CSV, sous licence CC BY 4.0 : adresses des fichiers, description des champs et façon de citer.",
      type: "article",
      sources: sourceIds,
      preview: {
        eyebrow: "Données ouvertes",
        heading: "Les fiches en JSON et en CSV",
        figures: [{ value: "CC BY 4.0", label: "à réutiliser en citant le guide et ses sources" }],
      },
    },
    {
      path: searchPath,
      title: "Rechercher dans le guide",
      description:
        "Chercher un mot dans toutes les pages du guide des métiers (missions, compétences, formation, salaires), ou parcourir la liste complète des pages.",
      type: "article",
      sources: [],
      preview: { eyebrow: "Recherche", heading: "Rechercher dans le guide", figures: [] },
    },
  ];
  const dates = new Map(allPages(content).map((p) => [p.path, p.lastModified]));
  const pages = described.map((p) => {
    const lastModified = dates.get(p.path);
    if (!lastModified) throw new Error(`${p.path}: described but not listed by allPages() in lib/routes.ts`);
    return { ...p, lastModified };
  });
  checkPages(pages, [...dates.keys()]);
  return pages;
}

/** Lengths and uniqueness: a page that would show a truncated or duplicate result fails the build. */
function checkPages(pages: readonly PageDescription[], listed: readonly string[]) {
  const problems: string[] = [];
  const length = (s: string) => [...s].length;
  const titles = new Map<string, string>();
  for (const p of pages) {
    const full = documentTitle(p);
    if (length(full) > maxDocumentTitleLength)
      problems.push(`${p.path}: title "${full}" has ${length(full)} characters (max ${maxDocumentTitleLength})`);
    const d = length(p.description);
    if (d < descriptionLength.min || d > descriptionLength.max)
      problems.push(`${p.path}: description has ${d} characters (${descriptionLength.min}–${descriptionLength.max})`);
    const other = titles.get(p.title);
    if (other) problems.push(`${p.path}: same title as ${other}`);
    titles.set(p.title, p.path);
  }
  for (const path of listed) if (!pages.some((p) => p.path === path)) problems.push(`${path}: listed by allPages() but not described`);
  if (problems.length) throw new Error(`page metadata:\n  ${problems.join("\n  ")}`);
}

const cache = new WeakMap<Content, PageDescription[]>();

/** The description of one page of the site (the content layer's pages). */
export function describePage(path: string): PageDescription {
  const content = loadContent();
  let pages = cache.get(content);
  if (!pages) {
    pages = describePages(content);
    cache.set(content, pages);
  }
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path}: no such page in lib/pages.ts`);
  return page;
}

/** Every page, described (the preview images and the tests iterate over this). */
export function getPageDescriptions(): PageDescription[] {
  return describePages(loadContent());
}
