import { expect, type Page } from "@playwright/test";
import { contentRoot } from "../support/content";
import { expectedPagePaths } from "../support/expected-pages";

/** Every page of the site: the app/ routes filled from the content's file names (the sitemap is checked against it). */
export const sitePaths = expectedPagePaths(contentRoot);

/** Collects console errors and uncaught exceptions of a page; call the returned function to assert none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return () => { expect(errors, "console errors").toEqual([]); };
}
