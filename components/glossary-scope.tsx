import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import {
  type LinkableTerm,
  linkTermsInHtml,
  linkTermsInText,
  skipsGlossary,
  type TermMatcher,
  termMatcher,
} from "@/lib/site/glossary-links";

/**
 * The glossary links of a page (lib/site/glossary-links.ts): the first use of each term in `children` becomes a link to
 * its definition, in document order, whether the text comes from a component or a markdown body. The page's elements
 * are rendered here, component by component, in the order they appear, so what `npm run dev` serves is what the build
 * writes. Pages of this site are server components: props in, elements out. Anything else (a client component, a
 * class, a context) is refused by name rather than passed through unlinked.
 */
export async function GlossaryScope({ terms, children }: { terms: readonly LinkableTerm[]; children: ReactNode }) {
  const matcher = termMatcher(terms);
  return linkNode(children, { matcher, used: new Set(), skip: false });
}

interface Scope {
  matcher: TermMatcher | null;
  /** Terms already linked on the page. */
  used: Set<string>;
  /** Inside an element whose text is never linked (a heading, a link, `data-no-glossary`…). */
  skip: boolean;
}

const clientReference = Symbol.for("react.client.reference");

function termLinks(value: string, scope: Scope): ReactNode {
  const parts = scope.skip ? null : linkTermsInText(value, scope.matcher, scope.used);
  if (!parts) return value;
  return createElement(
    Fragment,
    null,
    ...parts.map((p) =>
      typeof p === "string" ? p : createElement("a", { href: p.term.path, className: "terme", title: p.term.definition }, p.text),
    ),
  );
}

/** The node with its components rendered and its terms linked; keys are kept, so lists stay lists. */
async function linkNode(node: ReactNode, scope: Scope): Promise<ReactNode> {
  if (typeof node === "string") return termLinks(node, scope);
  if (node === null || node === undefined || typeof node === "boolean" || typeof node === "number" || typeof node === "bigint") return node;
  if (Array.isArray(node)) {
    // One after the other: a term's first use is the first in the page.
    const out: ReactNode[] = [];
    for (const child of node as ReactNode[]) out.push(await linkNode(child, scope));
    return out;
  }
  if (node instanceof Promise) return linkNode(await (node as Promise<ReactNode>), scope);
  if (!isValidElement(node)) throw new Error(`GlossaryScope: cannot render ${Object.prototype.toString.call(node)}`);
  return linkElement(node as ReactElement<Record<string, unknown>>, scope);
}

async function linkElement(element: ReactElement<Record<string, unknown>>, scope: Scope): Promise<ReactNode> {
  const { type, props } = element;
  if (typeof type === "string") {
    const skip = scope.skip || skipsGlossary(type, (name) => props[name]);
    const inner = { ...scope, skip };
    const html = props.dangerouslySetInnerHTML as { __html: string } | undefined;
    if (html) {
      if (skip) return element;
      return cloneElement(element, { dangerouslySetInnerHTML: { __html: linkTermsInHtml(html.__html, scope.matcher, scope.used) } });
    }
    return withChildren(element, await linkNode(props.children as ReactNode, inner));
  }
  if (type === Fragment) return withChildren(element, await linkNode(props.children as ReactNode, scope));
  const name = typeof type === "function" ? type.name || "anonymous" : String(type);
  const isClass = typeof type === "function" && Boolean((type.prototype as { isReactComponent?: unknown } | undefined)?.isReactComponent);
  if (typeof type !== "function" || (type as { $$typeof?: symbol }).$$typeof === clientReference || isClass)
    throw new Error(`GlossaryScope: <${name}> is not a server function component; the glossary links cannot see into it`);
  const rendered = await linkNode(await (type as (p: unknown) => ReactNode | Promise<ReactNode>)(props), scope);
  // The component's key (it may be one of a list) goes to what it rendered.
  return element.key === null ? rendered : createElement(Fragment, { key: element.key }, rendered);
}

/** The element with new children, passed as arguments: React then knows them as written, not as a list to key. */
function withChildren(element: ReactElement<Record<string, unknown>>, children: ReactNode) {
  if (children === undefined) return element;
  return Array.isArray(children)
    ? cloneElement(element, undefined, ...(children as ReactNode[]))
    : cloneElement(element, undefined, children);
}
