import type {
  BreadcrumbList,
  CreativeWork,
  Graph,
  MonetaryAmountDistribution,
  Occupation as SchemaOrgOccupation,
  WebPage,
} from "schema-dts";
import type { CountryEntry, Occupation } from "@/lib/content/load";
import { countryOf } from "@/lib/domain/salary";
import { figureSummary } from "@/lib/site/salary-text";
import { formatList } from "@/lib/site/format";
import { inCountry } from "@/lib/site/french";
import type { Citation, Crumb } from "@/lib/site/page-spec";
import type { SitePage } from "@/lib/site/registry";
import { occupationPath } from "@/lib/site/routes";
import { basisLabel } from "@/lib/domain/salary";
import { absoluteUrl, site } from "@/lib/site/config";
import { inferredMarks, inferredReasons, inferredTag } from "@/lib/domain/inferred";
import type { RomeFicheView } from "@/lib/site/rome-view";

/** The stable identifier of an occupation's description, so pages can say they are about it. */
function occupationId(slug: string): string {
  return `${absoluteUrl(occupationPath(slug))}#metier`;
}

/** The trail the Breadcrumbs component shows, for machines. */
function breadcrumbList(trail: readonly Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** An article the guide is built from. The sources give no address, so none is invented. */
function citation(source: Citation): CreativeWork {
  const inferred = [
    ...inferredReasons(source.inferred, ["title"]).map((r) => `titre ${inferredTag} : ${r}`),
    ...inferredReasons(source.inferred, ["kind"]).map((r) => `type ${inferredTag} : ${r}`),
  ];
  return {
    "@type": "CreativeWork",
    name: source.title,
    genre: source.kind,
    ...(inferred.length ? { description: inferred.join(" ") } : {}),
    inLanguage: source.language,
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

/** The page itself, with its breadcrumbs, its content date and the articles it cites. */
export function webPageGraph(page: SitePage): Graph {
  const url = absoluteUrl(page.path);
  const webPage: WebPage = {
    "@type": "WebPage",
    "@id": url,
    url,
    name: page.title,
    description: page.description,
    inLanguage: site.language,
    dateModified: page.lastModified,
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl("/") },
    primaryImageOfPage: { "@type": "ImageObject", url: absoluteUrl(page.image), width: "1200", height: "630" },
    breadcrumb: { "@id": `${url}#fil-d-ariane` },
    citation: page.citations.map(citation),
    ...(page.occupation ? { about: { "@id": occupationId(page.occupation.slug) } } : {}),
  };
  return { "@context": "https://schema.org", "@graph": [webPage, { ...breadcrumbList(page.trail), "@id": `${url}#fil-d-ariane` }] };
}

const duration = { year: "P1Y", month: "P1M" } as const;

/**
 * One salary figure as schema.org reads it. The sources give ranges and averages, not distributions:
 * a range keeps its bounds as `minValue`/`maxValue` (the vocabulary's words for bounds, which its
 * `MonetaryAmountDistribution` lacks); an average is not a median, so it is only stated in words.
 */
type SalaryDistribution = MonetaryAmountDistribution & { minValue?: number; maxValue?: number };

function estimatedSalaries(occupation: Occupation, countries: readonly CountryEntry[]): SalaryDistribution[] {
  return occupation.salaries.flatMap((salary) => {
    const country = countryOf(countries, salary.country);
    return salary.figures.map((f): SalaryDistribution => ({
      "@type": "MonetaryAmountDistribution",
      name: `${f.label}, ${country.name}`,
      description: [
        `${figureSummary(f, salary.currency)}${f.kind === "average" ? " en moyenne" : ""} ${inCountry(country)} (brut ou net : ${basisLabel[f.basis]}).`,
        ...inferredReasons(salary.inferred, ["country"]).map((r) => `Pays ${inferredTag} : ${r}`),
        ...inferredReasons(f.inferred, ["period"]).map((r) => `${inferredMarks.period.replace(/^./, (c) => c.toUpperCase())} : ${r}`),
      ].join(" "),
      currency: salary.currency,
      duration: duration[f.period],
      ...(f.kind === "range" && f.min !== undefined && f.max !== undefined ? { minValue: f.min, maxValue: f.max } : {}),
    }));
  });
}

/** Years of experience the sources tie to salary levels: the only experience they speak of. */
function experience(occupation: Occupation, countries: readonly CountryEntry[]): string | undefined {
  const levels = occupation.salaries.flatMap((salary) =>
    salary.figures.flatMap((f) =>
      f.experience
        ? [
            `niveau ${f.label.toLowerCase()} ${inCountry(countryOf(countries, salary.country))} : ${f.experience.min} à ${f.experience.max} ans d'expérience`,
          ]
        : [],
    ),
  );
  return levels.length ? `Selon les sources, ${formatList(levels)}.` : undefined;
}

/** The occupation, from its content: what it is, what it asks, where it is paid what. */
export function occupationJsonLd(occupation: Occupation, countries: readonly CountryEntry[]): SchemaOrgOccupation {
  const exp = experience(occupation, countries);
  return {
    "@type": "Occupation",
    "@id": occupationId(occupation.slug),
    name: occupation.title,
    alternateName: occupation.aliases.map((a) => a.label),
    description: occupation.summary,
    url: absoluteUrl(occupationPath(occupation.slug)),
    skills: [...occupation.skills.technical, ...occupation.skills.interpersonal].map((s) => s.title),
    educationRequirements: occupation.training.paths.map((p) => (p.detail ? `${p.title} : ${p.detail}` : p.title)),
    ...(exp ? { experienceRequirements: exp } : {}),
    responsibilities: occupation.missions.items.map((m) => m.title),
    occupationLocation: occupation.salaries.map((s) => ({
      "@type": "Country",
      name: countryOf(countries, s.country).name,
      ...(s.inferred.country ? { description: `Pays ${inferredTag} : ${s.inferred.country}` } : {}),
    })),
    estimatedSalary: estimatedSalaries(occupation, countries),
  };
}

/** A fiche of the national referential as schema.org's Occupation, with its ROME code; texts as the referential gives them. */
export function romeOccupation(view: RomeFicheView, page: Pick<SitePage, "path">): SchemaOrgOccupation {
  const url = absoluteUrl(page.path);
  return {
    "@type": "Occupation",
    "@id": `${url}#metier`,
    name: view.fiche.title,
    alternateName: view.fiche.titles.slice(1).map((t) => t.label),
    description: view.fiche.definition.join(" "),
    url,
    occupationalCategory: {
      "@type": "CategoryCode",
      codeValue: view.fiche.code,
      inCodeSet: { "@type": "CategoryCodeSet", name: "ROME 4.0 (France Travail)" },
    },
    qualifications: view.fiche.access.join(" "),
    skills: view.knowHow.flatMap((g) => g.items.map((s) => s.label)),
    mainEntityOfPage: url,
  };
}
