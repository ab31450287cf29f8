import { expect, test } from "@playwright/test";
import { sitePaths } from "./site";

// Pages ship no framework runtime: no Next.js/React scripts, no flight data, no script preloads.
test("no page references the framework's runtime or its flight data", async ({ request }) => {
  for (const path of [...sitePaths, "/page-inexistante"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/self\.__next_f|__NEXT_DATA__|\/_next\/static\/chunks\/[^"']+\.js|webpack|turbopack/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.filter((s) => !/\bdata-enhance\b/.test(s)), path).toEqual([]);
    expect(html, path).not.toMatch(/<link[^>]+rel="?(modulepreload|preload)"?[^>]+as="?script/);
  }
});
