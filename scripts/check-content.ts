// `npm run check`: validates the content alone, in a few seconds, without building. Prints one line per problem,
// `file: field.path: message`, and nothing else (no stack trace, no code frame), then exits 1; the build runs it
// first, so a failing build shows the same lines first. Placeholders left by `npm run new` (« À REMPLIR ») are
// problems too, so a half-written file never ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { type Content, loadContent } from "@/lib/content/load";
import { contentDir, referentialCacheDir, romeDir } from "@/lib/site/config";
import { indexReferential, type ReferentialIndex } from "@/lib/domain/referential";
import { loadReferentialCached } from "@/lib/referential/cache";
import { checkedRegistry, type Registry } from "@/lib/site/registry";
import { ContentError, type ContentIssue, fieldPath, formatIssue } from "@/lib/content/errors";
import { filesUnder } from "./files";

/** What `npm run new` writes where a value is still to be written. */
export const placeholder = "À REMPLIR";

/** Every string of the frontmatter, and the body, that still holds the placeholder. */
function placeholderIssues(root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const abs of filesUnder(root, ".md")) {
    const file = path.relative(process.cwd(), abs) || abs;
    let parsed: { data: unknown; content: string };
    try {
      parsed = matter(readFileSync(abs, "utf8"), {});
    } catch {
      continue; // invalid YAML: the content layer reports it
    }
    const visit = (value: unknown, at: (string | number)[]) => {
      if (typeof value === "string" && value.includes(placeholder))
        issues.push({ file, field: fieldPath(at), message: `still « ${placeholder} »: write the real value` });
      else if (Array.isArray(value))
        (value as unknown[]).forEach((v, i) => {
          visit(v, [...at, i]);
        });
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
    };
    visit(parsed.data, []);
    if (parsed.content.includes(placeholder)) issues.push({ file, field: "(body)", message: `still « ${placeholder} »: write the text` });
  }
  return issues;
}

/**
 * The content in `root`, checked: every problem (placeholders first, then what the content layer finds on the other
 * fields), and, when there is none, the content and its registry.
 */
export function checkContent(
  root: string = contentDir,
  referentialDir: string | undefined = romeDir,
): { problems: ContentIssue[]; site?: { content: Content; registry: Registry; rome: ReferentialIndex | undefined } } {
  const placeholders = placeholderIssues(root);
  const issues: ContentIssue[] = [];
  let site: { content: Content; registry: Registry; rome: ReferentialIndex | undefined } | undefined;
  const collect = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  // Both sources, each with all its problems; then links written in bodies and to the referential (the registry knows the pages).
  const content = collect(() => loadContent(root));
  const rome = referentialDir ? collect(() => indexReferential(loadReferentialCached(referentialDir, referentialCacheDir))) : undefined;
  if (content && !issues.length) {
    const registry = collect(() => checkedRegistry(content, rome));
    if (registry) site = { content, registry, rome };
  }
  // A field holding a placeholder also fails its schema: one line for it is enough.
  const flagged = new Set(placeholders.map((i) => `${i.file}\0${i.field}`));
  const problems = [...placeholders, ...issues.filter((i) => !flagged.has(`${i.file}\0${i.field}`))];
  return problems.length ? { problems } : { problems, site };
}

/** Every problem of the content in `root` (and of the referential in `referentialDir`, when given). */
export function contentProblems(root: string = contentDir, referentialDir: string | undefined = romeDir): ContentIssue[] {
  return checkContent(root, referentialDir).problems;
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const problems = contentProblems();
  for (const issue of problems) console.error(formatIssue(issue));
  process.exit(problems.length ? 1 : 0);
}
