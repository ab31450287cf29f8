import { expect, test } from "@playwright/test";
import { sitePaths } from "./site";

// Pages ship no framework runtime: no Next.js/React scripts, no flight data, no script preloads. Checked on
// markup and URLs only, so a page that talks about webpack in its text does not trip it.
test("no page references the framework's runtime or its flight data", async ({ request }) => {
  for (const path of [...sitePaths, "/page-inexistante"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/self\.__next_f|__NEXT_DATA__|["'][^"']*\/_next\/[^"']+\.js["']/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.filter((s) => !/\bdata-enhance\b/.test(s)), path).toEqual([]);
    expect(html, path).not.toMatch(/<link[^>]+rel="?(modulepreload|preload)"?[^>]+as="?script/);
  }
});

// The RSC payloads that client-side navigation fetched are gone with the runtime that read them.
test("no page's flight data is served", async ({ request }) => {
  for (const path of sitePaths) {
    const payload = path === "/" ? "/index.txt" : `${path}.txt`;
    expect((await request.get(payload)).status(), payload).toBe(404);
  }
});

