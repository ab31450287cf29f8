import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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
export const romeSample = romeSamplePaths();

/** The pages the per-page browser checks visit: the guide's own, and the referential's sample. */
export const checkedPaths = [...sitePaths, ...romeSample];

/**
 * Every page listed in the built sitemap (out/sitemap.xml), independent of the content layer. The web server
 * builds the site before the tests are loaded, so the file is there when the suite runs.
 */
export function builtSitemapPaths(): string[] {
  const file = path.resolve("out", "sitemap.xml");
  if (!existsSync(file)) throw new Error(`${file} not found: build the site first (npm run build, or let the test server do it)`);
  const paths = [...readFileSync(file, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL((m[1] ?? "").trim()).pathname);
  if (paths.length === 0) throw new Error(`${file} lists no page`);
  return paths;
}

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
