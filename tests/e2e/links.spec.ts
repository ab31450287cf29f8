import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Element } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { sitePaths } from "./site";

// Links are the same on a phone and a desktop (one HTML per page), so one project checks them.
test.skip(({ isMobile }) => isMobile, "links do not depend on the viewport");

/** One link as the page's DOM has it. */
interface PageLink {
  /** The attribute as written. */
  raw: string;
  /** Resolved against the page's URL. */
  url: string;
  target: string | null;
  rel: string[];
  classes: string[];
}

/** What a link target answered: its status and the ids its HTML defines. */
interface Target {
  status: number;
  ids: Set<string>;
}

// Targets are fetched once per worker: many pages link to the same ones.
const targets = new Map<string, Promise<Target>>();

function fetchTarget(request: APIRequestContext, pathname: string): Promise<Target> {
  let target = targets.get(pathname);
  if (!target) {
    target = (async () => {
      // No redirect is followed: a link must point at the page's one canonical URL.
      const response = await request.get(pathname, { maxRedirects: 0 });
      const ids = new Set<string>();
      if ((response.headers()["content-type"] ?? "").startsWith("text/html")) {
        const tree = unified()
          .use(rehypeParse)
          .parse(await response.text());
        visit(tree, "element", (node: Element) => {
          if (typeof node.properties.id === "string") ids.add(node.properties.id);
        });
      }
      return { status: response.status(), ids };
    })();
    targets.set(pathname, target);
  }
  return target;
}

for (const path of sitePaths) {
  test(`${path}: every internal link and #fragment reaches something, external links are safe`, async ({ browser, baseURL, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(path);
    const links: PageLink[] = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors.map((a) => ({
        raw: a.getAttribute("href") ?? "",
        url: (a as HTMLAnchorElement).href,
        target: a.getAttribute("target"),
        rel: (a.getAttribute("rel") ?? "").split(/\s+/).filter(Boolean),
        classes: [...a.classList],
      })),
    );
    await context.close();
    expect(links.length, "a page without any link is a dead end").toBeGreaterThan(0);

    const origin = new URL(page.url()).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const link of links) {
      const url = new URL(link.url);
      if (url.protocol === "mailto:" || url.protocol === "tel:") continue;
      if (url.origin !== origin) {
        // External: marked as such, and never able to reach back into this page through window.opener.
        expect(link.rel, `${link.raw} is marked external`).toContain("external");
        if (link.target === "_blank") expect(link.rel, `${link.raw} opens a new tab safely`).toContain("noopener");
        continue;
      }
      checked++;
      const found = await fetchTarget(request, url.pathname);
      if (found.status !== 200) broken.push(`${link.raw}: ${url.pathname} answered ${found.status}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !found.ids.has(fragment)) broken.push(`${link.raw}: no element with id "${fragment}" on ${url.pathname}`);
    }
    test.info().annotations.push({ type: "links checked", description: String(checked) });
    expect(broken, `broken links on ${path}`).toEqual([]);
  });
}
