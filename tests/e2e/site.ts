import { expect, type Page } from "@playwright/test";
import { getAllPages } from "@/lib/content/load";

/** Every page of the site, discovered from the content layer (the sitemap is checked against it). */
export const sitePaths = getAllPages().map((p) => p.path);

/** Collects console errors and uncaught exceptions of a page; call the returned function to assert none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return () => expect(errors, "console errors").toEqual([]);
}
