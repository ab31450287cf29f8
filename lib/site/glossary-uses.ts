// Where each glossary term is used: the pages whose content uses one of its forms (the glossary page lists them under
// « Employé dans »). Computed from the content each kind of page says it presents (`PageText.shows`), so the
// development server and the build list the same pages, and a term no page's content uses is reported by file and
// field like any other content problem.

import type { ContentIssue } from "@/lib/content/errors";
import type { GlossaryEntry } from "@/lib/content/load";
import { type TermMatcher, termsIn } from "@/lib/site/glossary-links";

/** Fields that name or date things rather than say them (ids, paths, files, source references), and meta descriptions. */
const notText = new Set([
  "description",
  "id",
  "slug",
  "file",
  "path",
  "href",
  "url",
  "sources",
  "source",
  "internalLinks",
  "updated",
  "published",
  "start",
  "from",
  "to",
]);

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/** A rendered markdown body as its reader sees the text that can be linked: tags and headings out, entities decoded. */
function bodyText(html: string): string {
  return html
    .replace(/<h([1-6])\b[\s\S]*?<\/h\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith("#x") || e.startsWith("#X")
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : (entities[e] ?? m),
    );
}

/** Every text of a piece of content, in order: strings, and markdown bodies (`{ html, internalLinks }`) as text. */
function contentTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) contentTexts(v, out);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.html === "string" && Array.isArray(record.internalLinks)) out.push(bodyText(record.html));
    else for (const [key, v] of Object.entries(record)) if (!notText.has(key)) contentTexts(v, out);
  }
  return out;
}

/** The ids of the glossary terms the content `shows` uses. */
export function termsShown(shows: unknown, matcher: TermMatcher | null): string[] {
  if (shows === undefined) return [];
  return termsIn(contentTexts(shows).join("\u0000"), matcher);
}

/** A term that no page's content uses: the glossary should not define it, or its forms miss how the pages write it. */
export function unusedTermIssues(glossary: GlossaryEntry, used: ReadonlySet<string>): ContentIssue[] {
  return glossary.terms.flatMap((term, i) =>
    used.has(term.id)
      ? []
      : [
          {
            file: glossary.file,
            field: `terms[${i}].forms`,
            message: `"${term.id}" is used by no page's content; a glossary term must be one the pages use (check its forms)`,
          },
        ],
  );
}
