import { expect, test } from "@playwright/test";
import { sitePaths } from "./site";

// Pages ship no framework runtime: no Next.js/React scripts, no flight data, no script preloads. Checked on
// markup and URLs only, so a page that talks about webpack in its text does not trip it.
test("no page references the framework's runtime or its flight data", async ({ request }) => {
  for (const path of [...sitePaths, "/page-inexistante"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/self\.__next_f|__NEXT_DATA__|["'][^"']*\/_next\/[^"']+\.js["']/);
    // Every script is ours (data-enhance), or an inline JSON-LD data block that parses as JSON: data, never code.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? "", body: m[2] ?? "" }));
    const dataBlocks = scripts.filter((s) => /^\s*type="application\/ld\+json"\s*$/.test(s.attrs));
    for (const block of dataBlocks) expect(() => JSON.parse(block.body) as unknown, path).not.toThrow();
    const code = scripts.filter((s) => !dataBlocks.includes(s));
    expect(
      code.filter((s) => !/\bdata-enhance\b/.test(s.attrs)).map((s) => `<script${s.attrs}>`),
      path,
    ).toEqual([]);
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
