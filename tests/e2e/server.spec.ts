import { expect, test } from "@playwright/test";
import { serverIdentity } from "@/scripts/serve-config";

// What `npm start`'s server does besides serving files (the nginx configuration is checked by npm run test:deploy).
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "server checks: once is enough");
});

test("the server is this project's own: it says so in a header", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()[serverIdentity.header.toLowerCase()]).toBe(serverIdentity.value);
});

for (const [from, to] of [
  ["/index.html", "/"],
  ["/index", "/"],
  ["/glossaire.html", "/glossaire"],
  ["/glossaire/", "/glossaire"],
] as const) {
  test(`${from} reaches ${to} in one redirect`, async ({ request }) => {
    const res = await request.get(from, { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(new URL(res.headers().location ?? "", "http://x").pathname).toBe(to);
    expect((await request.get(to, { maxRedirects: 0 })).status()).toBe(200);
  });
}
