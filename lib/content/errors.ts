import type { z } from "zod";

/** One problem found in one content file. */
export interface ContentIssue {
  /** File path relative to the project, e.g. `content/pays/maroc.md`. */
  file: string;
  /** Field path such as `figures[0].min`, or `(file)` for the file as a whole. */
  field: string;
  message: string;
}

const englishPlural = new Intl.PluralRules("en");

/** Every problem of the content, reported at once; `next build` fails with this message. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `${issues.length} ${englishPlural.select(issues.length) === "one" ? "problem" : "problems"} in content:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** `["figures", 0, "min"]` → `figures[0].min` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(frontmatter)";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Zod's issues, one per field, in words a content editor can act on. */
export function issuesFromZod(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ file, field: fieldPath([...issue.path, key]), message: "unknown field" }));
    }
    const field = fieldPath(issue.path);
    if (issue.code === "invalid_type") {
      const message =
        issue.input === undefined
          ? `required field is missing (expected ${issue.expected})`
          : `expected ${issue.expected}, received ${describe(issue.input)}`;
      return [{ file, field, message }];
    }
    return [{ file, field, message: issue.message.replace(/^Invalid input: /, "") }];
  });
}
