import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { fr, frenchSpacing, skipTypography } from "@/lib/content/french-spacing";
import { slugify } from "@/lib/content/slug";

/** The HTML of a markdown body, and the site-internal links it contains (checked by the content layer). */
export interface RenderedMarkdown {
  html: string;
  /** Paths of links to this site (`/…`), with their fragment, in order of appearance. */
  internalLinks: string[];
}

/**
 * Heading ids made from the heading's text (French, ASCII), unique within the document. Not rehype-slug: its
 * github-slugger keeps accented letters ("Évolution" → "évolution"), and the published anchors are ASCII.
 */
function rehypeHeadingIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, "element", (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const base = slugify(toString(node)) || "section";
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      node.properties.id = n ? `${base}-${n + 1}` : base;
    });
  };
}

/** French spacing on the body's prose (not in code): the same as every other text of the site (french-spacing.ts). */
function rehypeFrenchSpacing() {
  return (tree: Root) => {
    visit(tree, "text", (node, _, parent) => {
      if (!(parent?.type === "element" && skipTypography.has(parent.tagName))) node.value = frenchSpacing(node.value);
    });
  };
}

/** External links are marked and safe; internal ones are collected for checking. */
function rehypeLinks(internalLinks: string[]) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href;
      if (href.startsWith("/")) internalLinks.push(href);
      else if (/^https?:\/\//.test(href)) {
        node.properties.rel = ["external", "noopener", "noreferrer"];
        node.properties.className = ["external"];
      }
    });
  };
}

/**
 * The one markdown pipeline: GFM, sanitized (no raw script, no event handler, no inline style),
 * French spacing, French heading ids with anchor links. Sanitizing runs before ids are added, so no `user-content-` prefix.
 */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const internalLinks: string[] = [];
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "" })
    .use(rehypeFrenchSpacing)
    .use(rehypeHeadingIds)
    // A visible anchor link after each h2/h3, the same markup as the `Heading` component.
    .use(rehypeAutolinkHeadings, {
      behavior: "append",
      test: ["h2", "h3"],
      headingProperties: { className: ["anchored"] },
      // `href` is set by the plugin; named here too so the attributes keep their order (class, href, aria-label).
      properties: (heading) => ({
        className: ["anchor"],
        href: `#${String(heading.properties.id)}`,
        ariaLabel: fr`Lien vers la section « ${toString(heading)} »`,
      }),
      content: { type: "text", value: "#" },
    })
    .use(rehypeLinks(internalLinks))
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), internalLinks };
}
