import type { Content } from "@/lib/content/load";
import type { Inferred } from "@/lib/content/schema";

/**
 * Fields we inferred (GUIDE §6, kind 2): the content files say which, with a one-line reason
 * (`inferred: { field: reason }`); this module is how pages, previews and exports read them, so the label
 * travels with the field.
 */

/** The words of the label, one wording everywhere. */
export const inferredTag = "déduit par nous";

/** The reasons of those `fields` that are inferred, in the order asked. */
export function inferredReasons(inferred: Inferred | undefined, fields: readonly string[]): string[] {
  return fields.flatMap((f) => {
    const reason = inferred?.[f];
    return reason ? [reason] : [];
  });
}

/** The label in a few words where there is no room for the reason; the reason is on the page it points to. */
export const inferredMarks = {
  country: `pays ${inferredTag}`,
  period: "période déduite par nous",
  title: `titre ${inferredTag}`,
  kind: `type ${inferredTag}`,
  /** The tightest places (chart labels), with the full label in the table beside. */
  compact: "déduit",
} as const;

/** « France (pays déduit par nous) »: `text` followed by its mark when the field is inferred. */
export function withShortMark(text: string, inferred: boolean, mark: string): string {
  return inferred ? `${text} (${mark})` : text;
}

/** One inferred field of the content, with what it belongs to: the tests and the open data iterate over these. */
export interface InferredField {
  file: string;
  kind: "source" | "salary" | "figure";
  /** Source id; or occupation slug and country slug (and figure id) for salary data. */
  source?: string;
  occupation?: string;
  country?: string;
  figure?: string;
  field: string;
  reason: string;
}

export function allInferredFields(content: Pick<Content, "sources" | "occupations">): InferredField[] {
  const entries = (i: Inferred) => Object.entries(i).filter((e): e is [string, string] => typeof e[1] === "string");
  return [
    ...content.sources.flatMap((s) =>
      entries(s.inferred).map(([field, reason]) => ({ file: s.file, kind: "source" as const, source: s.id, field, reason })),
    ),
    ...content.occupations.flatMap((occupation) =>
      occupation.salaries.flatMap((salary) => [
        ...entries(salary.inferred).map(([field, reason]) => ({
          file: salary.file,
          kind: "salary" as const,
          occupation: occupation.slug,
          country: salary.country,
          field,
          reason,
        })),
        ...salary.figures.flatMap((f) =>
          entries(f.inferred).map(([field, reason]) => ({
            file: salary.file,
            kind: "figure" as const,
            occupation: occupation.slug,
            country: salary.country,
            figure: f.id,
            field,
            reason,
          })),
        ),
      ]),
    ),
  ];
}
