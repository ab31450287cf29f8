import { expect, test } from "@playwright/test";
import { getAllRoles } from "@/lib/content/load";
import { rolePath, roleSections } from "@/lib/site/routes";

for (const role of getAllRoles()) {
  test(`${role.title}: the section navigation reaches every topic, without JavaScript`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(rolePath(role.slug));
    for (const section of roleSections) {
      const nav = page.getByRole("navigation", { name: `Rubriques : ${role.title}` });
      await nav.getByRole("link", { name: section.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${rolePath(role.slug, section.key)}$`));
      await expect(nav.getByRole("link", { name: section.label, exact: true })).toHaveAttribute("aria-current", "page");
      await expect(page.locator("h1")).toHaveCount(1);
    }
    await context.close();
  });
}

test("the sitemap lists exactly the site's pages", async ({ request }) => {
  const { sitePaths } = await import("./site");
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(listed.sort()).toEqual([...sitePaths].sort());
});
