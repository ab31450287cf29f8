import type { Content, CountryEntry, Role, SalaryEntry } from "@/lib/content/load";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import type { SourcedItem } from "@/lib/content/schema";
import { countryOf } from "@/lib/domain/salary";
import { sourcesPath } from "@/lib/site/routes";

/** What each page cites: computed from the sources named on the facts it shows and on the links of its prose. */

/** Source ids linked from a markdown body (`/sources#id`). */
function linkedSources(body: RenderedMarkdown): string[] {
  const prefix = `${sourcesPath}#`;
  return body.internalLinks.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

function itemSources(items: readonly SourcedItem[]): string[] {
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

/** The topics of an occupation, each with the sources it cites. */
export function topicSources(role: Role, countries: readonly CountryEntry[]) {
  return {
    overview: [
      ...role.aliases.flatMap((a) => a.sources),
      ...[...role.context, ...role.challenges].flatMap((c) => c.sources),
      ...linkedSources(role.body),
      ...role.salaries.map((s) => s.source),
      ...role.training.paths.flatMap((p) => p.sources),
      ...role.career.paths.flatMap((p) => p.sources),
    ],
    missions: [...itemSources([...role.missions.items, ...role.missions.phases]), ...linkedSources(role.missions.body)],
    competences: [...itemSources([...role.skills.technical, ...role.skills.interpersonal]), ...linkedSources(role.skills.body)],
    formation: [...itemSources(role.training.paths), ...linkedSources(role.training.body)],
    salaires: salarySources(role.salaries, countries),
    evolution: [...role.career.paths.flatMap((p) => p.sources), ...linkedSources(role.career.body)],
  };
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
