import { expect, type Page } from "@playwright/test";
import { contentRoot } from "../support/content";
import { expectedPagePaths } from "../support/expected-pages";
import { expectedRome, romeSamplePaths } from "../support/rome";

/**
 * The guide's own pages: the app/ routes filled from the content's file names, and the referential's index pages
 * when the site has it (the sitemap is checked against these and the referential's pages read from its CSV files).
 */
export const sitePaths = expectedPagePaths(contentRoot, expectedRome() !== undefined);

/** A seeded sample of each kind of page made from the referential (none without it). */
const romeSample = romeSamplePaths();

/** The pages the per-page browser checks visit: the guide's own, and the referential's sample. */
export const checkedPaths = [...sitePaths, ...romeSample];

/** Collects console errors and uncaught exceptions of a page; call the returned function to assert none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return () => {
    expect(errors, "console errors").toEqual([]);
  };
}
