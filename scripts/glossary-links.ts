// Automatic glossary links. On a built page, the first use of each glossary term becomes a link to its
// definition; the terms and their forms come from the glossary content file (through the JSON the build emits,
// /donnees/glossaire.json), never from links typed by hand. Works on a hast tree, so the post-export step can
// run it on whole pages, whatever component or markdown body the text came from.

import type { Element, ElementContent, Root } from "hast";

/** A glossary term as /donnees/glossaire.json gives it (the fields the linker reads). */
export interface LinkableTerm {
  id: string;
  path: string;
  definition: string;
  forms: string[];
  case_sensitive: boolean;
}

/** Elements whose text is never linked: links and controls (no nested interaction), headings, code, hidden text. */
const skipped = new Set([
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

function isSkipped(node: Element) {
  if (skipped.has(node.tagName)) return true;
  const p = node.properties;
  return "dataNoGlossary" in p || "hidden" in p || String(p.ariaHidden) === "true";
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

/**
 * One regular expression for every form of every term. Longer forms come first, so "lead développeur" wins over
 * "lead"; a form only matches as a whole word (not "API" inside "APIs", not "net" inside "internet").
 */
function glossaryMatcher(terms: readonly LinkableTerm[]) {
  const forms = terms.flatMap((term) => term.forms.map((form) => ({ form, term }))).sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return null;
  const alternatives = forms.map(({ form, term }) => `(${formPattern(form, term.case_sensitive)})`).join("|");
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, "gu");
  return {
    regex,
    /** The term a match belongs to: the one whose group matched. */
    termOf: (match: RegExpMatchArray): LinkableTerm | undefined => forms[match.slice(1).findIndex(Boolean)]?.term,
  };
}

/** The link that replaces the first use of a term: its definition is the link's target and its description. */
function termLink(term: LinkableTerm, text: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: { href: term.path, className: ["terme"], title: term.definition },
    children: [{ type: "text", value: text }],
  };
}

/**
 * Links, inside `root` (a hast element), the first use of each term not already in `used`, in document order.
 * Returns the ids of the terms linked. `terms` are the glossary JSON's terms: { id, path, definition, forms,
 * case_sensitive }.
 */
export function linkGlossaryTerms(root: Element | Root, terms: readonly LinkableTerm[], used = new Set<string>()): string[] {
  const matcher = glossaryMatcher(terms);
  const linked: string[] = [];
  if (!matcher) return linked;

  const linkText = (value: string) => {
    const parts: ElementContent[] = [];
    let last = 0;
    matcher.regex.lastIndex = 0;
    for (const match of value.matchAll(matcher.regex)) {
      const term = matcher.termOf(match);
      if (!term || used.has(term.id)) continue;
      used.add(term.id);
      linked.push(term.id);
      if (match.index > last) parts.push({ type: "text", value: value.slice(last, match.index) });
      parts.push(termLink(term, match[0]));
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return null;
    if (last < value.length) parts.push({ type: "text", value: value.slice(last) });
    return parts;
  };

  const walk = (node: Element | Root) => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child?.type === "element") {
        if (!isSkipped(child)) walk(child);
      } else if (child?.type === "text") {
        const parts = linkText(child.value);
        if (parts) {
          node.children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      }
    }
  };
  if (root.type === "element" && isSkipped(root)) return linked;
  walk(root);
  return linked;
}
