// Glossary links: on a page, the first use of each glossary term becomes a link to its definition. The terms and
// their forms come from the glossary content file, never from links typed by hand. The rule is here once, for the two
// kinds of text a page holds: strings (components/glossary-scope.tsx walks the page's elements) and rendered markdown
// (a hast tree). Both share one `used` set per page, so the first use is the first in document order.

import type { Element, ElementContent, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { GlossaryTerm } from "@/lib/content/schema";
import { glossaryTermPath } from "@/lib/site/routes";

/** A glossary term as the linker needs it: its forms, and where its definition is. */
export interface LinkableTerm {
  id: string;
  path: string;
  definition: string;
  forms: string[];
  case_sensitive: boolean;
}

/** The glossary's terms, ready to link. */
export function linkableTerms(terms: readonly GlossaryTerm[]): LinkableTerm[] {
  return terms.map(({ id, definition, forms, case_sensitive }) => ({ id, path: glossaryTermPath(id), definition, forms, case_sensitive }));
}

/** Elements whose text is never linked: links and controls (no nested interaction), headings, code, hidden text. */
const skippedTags = new Set([
  "a",
  "button",
  "select",
  "option",
  "textarea",
  "label",
  "summary",
  "input",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "kbd",
  "samp",
  "script",
  "style",
  "template",
  "svg",
  "math",
  "title",
  "nav",
]);

/**
 * True when the text inside an element is never linked: its tag is one of the above, or it opts out
 * (`data-no-glossary`), or it is hidden. `attribute(name)` reads an attribute by its HTML name.
 */
export function skipsGlossary(tag: string, attribute: (name: string) => unknown): boolean {
  if (skippedTags.has(tag)) return true;
  const hidden = attribute("hidden");
  return (
    attribute("data-no-glossary") !== undefined || (hidden !== undefined && hidden !== false) || String(attribute("aria-hidden")) === "true"
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pattern of one form: spaces match any run of (no-break) spaces, apostrophes either kind, case as asked. */
function formPattern(form: string, caseSensitive: boolean) {
  let out = "";
  for (const ch of form.trim()) {
    if (/\s/.test(ch)) out += "[\\s\\u00A0\\u202F]+";
    else if (ch === "'" || ch === "’") out += "['’]";
    else if (!caseSensitive && ch.toLowerCase() !== ch.toUpperCase()) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else out += escape(ch);
  }
  return out.replace(/(\[\\s\\u00A0\\u202F\]\+)+/g, "[\\s\\u00A0\\u202F]+");
}

/** What finds the terms in a text: made once per glossary, used for every text of every page. */
export interface TermMatcher {
  regex: RegExp;
  /** The term a match belongs to: the one whose group matched. */
  termOf: (match: RegExpMatchArray) => LinkableTerm | undefined;
}

/**
 * One regular expression for every form of every term. Longer forms come first, so "lead développeur" wins over
 * "lead"; a form only matches as a whole word (not "API" inside "APIs", not "net" inside "internet").
 */
export function termMatcher(terms: readonly LinkableTerm[]): TermMatcher | null {
  const forms = terms.flatMap((term) => term.forms.map((form) => ({ form, term }))).sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return null;
  const alternatives = forms.map(({ form, term }) => `(${formPattern(form, term.case_sensitive)})`).join("|");
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, "gu"),
    termOf: (match) => forms[match.slice(1).findIndex(Boolean)]?.term,
  };
}

/** The ids of the terms a text uses, in their order. */
export function termsIn(text: string, matcher: TermMatcher | null): string[] {
  if (!matcher) return [];
  const ids = new Set<string>();
  for (const match of text.matchAll(matcher.regex)) {
    const term = matcher.termOf(match);
    if (term) ids.add(term.id);
  }
  return [...ids];
}

/** A piece of a text: plain, or the first use of a term on the page. */
export type TextPart = string | { term: LinkableTerm; text: string };

/**
 * A text cut where it first uses a term not yet in `used` (which it updates), or null when it links nothing.
 */
export function linkTermsInText(value: string, matcher: TermMatcher | null, used: Set<string>): TextPart[] | null {
  if (!matcher) return null;
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(matcher.regex)) {
    const term = matcher.termOf(match);
    if (!term || used.has(term.id)) continue;
    used.add(term.id);
    if (match.index > last) parts.push(value.slice(last, match.index));
    parts.push({ term, text: match[0] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  if (last < value.length) parts.push(value.slice(last));
  return parts;
}

/** The link that replaces the first use of a term, in hast: the same markup as the component's. */
function termLink(term: LinkableTerm, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { href: term.path, className: ["terme"], title: term.definition },
    children: [{ type: "text", value: text }],
  };
}

const hastAttribute = (node: Element) => (name: string) => {
  const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const value = node.properties[key];
  return value === null ? undefined : value;
};

/**
 * Links, inside `root` (a hast tree: a rendered markdown body), the first use of each term not already in `used`, in
 * document order. Returns the ids of the terms linked.
 */
export function linkGlossaryTerms(root: Element | Root, matcher: TermMatcher | null, used = new Set<string>()): string[] {
  const linked: string[] = [];
  if (!matcher) return linked;
  const walk = (node: Element | Root) => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child?.type === "element") {
        if (!skipsGlossary(child.tagName, hastAttribute(child))) walk(child);
      } else if (child?.type === "text") {
        const parts = linkTermsInText(child.value, matcher, used);
        if (!parts) continue;
        const nodes: ElementContent[] = parts.map((p) => (typeof p === "string" ? { type: "text", value: p } : termLink(p.term, p.text)));
        for (const p of parts) if (typeof p !== "string") linked.push(p.term.id);
        node.children.splice(i, 1, ...nodes);
        i += nodes.length - 1;
      }
    }
  };
  if (root.type === "element" && skipsGlossary(root.tagName, hastAttribute(root))) return linked;
  walk(root);
  return linked;
}

/** `linkGlossaryTerms` on an HTML fragment (a markdown body as the pipeline rendered it); the same HTML when it links nothing. */
export function linkTermsInHtml(html: string, matcher: TermMatcher | null, used: Set<string>): string {
  if (!matcher || html.search(matcher.regex) === -1) return html;
  const tree = fromParse5(parseFragment(html)) as Root;
  if (linkGlossaryTerms(tree, matcher, used).length === 0) return html;
  return unified().use(rehypeStringify).stringify(tree);
}
