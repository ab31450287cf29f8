// Screenshots of pages at phone and desktop widths, light and dark, for a person to look at.
//   npx tsx scripts/screenshots.ts [path …]   (default: every page of the sitemap, or the home page)
// Writes to .screenshots/ (ignored by git). Needs the site served (npm start) on BASE_URL or :3000.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
let paths = process.argv.slice(2);
if (paths.length === 0) {
  const xml = await fetch(`${base}/sitemap.xml`).then(
    (r) => (r.ok ? r.text() : ""),
    () => "",
  );
  paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/", base).pathname);
  if (paths.length === 0) paths = ["/"];
}
mkdirSync(".screenshots", { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const views = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1280, height: 900 },
];
for (const scheme of ["light", "dark"] as const)
  for (const v of views) {
    const page = await browser.newPage({ viewport: { width: v.width, height: v.height }, colorScheme: scheme, javaScriptEnabled: false });
    for (const p of paths) {
      await page.goto(`${base}${p}`);
      const file = `.screenshots/${p.replace(/^\/$/, "accueil").replace(/^\//, "").replaceAll("/", "_")}-${v.name}-${scheme}.png`;
      const slice = Number(process.env.SLICE || 0);
      if (!slice) {
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        continue;
      }
      // Long pages in slices, each readable at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += slice, i++) {
        const part = file.replace(/\.png$/, `-${i}.png`);
        await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width: v.width, height: Math.min(slice, height - y) } });
        console.log(part);
      }
    }
    await page.close();
  }
await browser.close();
