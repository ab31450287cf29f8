import { site } from "@/lib/site/config";
import { fit } from "@/lib/site/fit-text";
import { homePath } from "@/lib/site/routes";

/** What search engines show of a page: the lengths every kind of page keeps to, and the document title. */

/** Search engines show about 60 characters of a title. */
export const maxDocumentTitleLength = 60;
/** Longest page title that still fits with " · Guide des métiers" after it (40). */
export const maxTitleLength = maxDocumentTitleLength - ` · ${site.name}`.length;
export const descriptionLength = { min: 70, max: 160 } as const;

/**
 * The title of the document (tab, search result): the page's title followed by the site's name when both fit in
 * 60 characters, the page's title alone otherwise — so a long occupation name shortens the title instead of
 * having it cut off. The home page's title already names the site.
 */
export function documentTitle(page: { path: string; title: string }): string {
  if (page.path === homePath) return page.title;
  const full = `${page.title} · ${site.name}`;
  return [...full].length <= maxDocumentTitleLength ? full : page.title;
}

/** The first wording that fits a meta description, else the last one shortened at a word: never a failed build. */
export function fitDescription(candidates: readonly [string, ...string[]]): string {
  return fit(candidates, descriptionLength.max);
}
