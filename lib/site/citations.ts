import type { Content, CountryEntry, SalaryEntry } from "@/lib/content/load";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import type { SourcedItem } from "@/lib/content/schema";
import { countryOf } from "@/lib/domain/salary";
import { sourcesPath } from "@/lib/site/routes";

/**
 * What each page cites: computed from the sources named on the facts it shows and on the links of its prose (each
 * kind of page, lib/site/kinds/, says which facts).
 */

/** Source ids linked from a markdown body (`/sources#id`). */
export function linkedSources(body: RenderedMarkdown): string[] {
  const prefix = `${sourcesPath}#`;
  return body.internalLinks.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

export function itemSources(items: readonly SourcedItem[]): string[] {
  return items.flatMap((i) => [...i.sources, ...(i.examples ?? []).flatMap((e) => e.sources)]);
}

/** The sources of salary files, their factors, their prose, and the exchange rate shown next to the figures. */
export function salarySources(salaries: readonly SalaryEntry[], countries: readonly CountryEntry[]): string[] {
  return salaries.flatMap((s) => [
    s.source,
    ...s.factors.flatMap((f) => f.sources),
    ...linkedSources(s.body),
    ...[countryOf(countries, s.country).exchange?.source].filter((id): id is string => id !== undefined),
  ]);
}

/** The ids, each once, in the site's order of sources. */
export function inSourceOrder(content: Pick<Content, "sources">, ids: readonly string[]): string[] {
  return content.sources.map((s) => s.id).filter((id) => ids.includes(id));
}

/** What a page shows of a source it cites: enough to name and link it. */
export interface SourceLabel {
  id: string;
  short: string;
  title: string;
}
