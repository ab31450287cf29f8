// Writes the configuration of `serve` (the server behind `npm start`) from deploy/headers.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheRules, securityHeaders } from "../deploy/headers";

/**
 * A header only `npm start`'s server sends, so the end-to-end tests can tell it from a stranger listening on the
 * same port (playwright.config.ts reuses a running server only when it answers with this).
 */
export const serverIdentity = { header: "X-Served-By", value: "guide-des-metiers (npm start)" };

export function serveConfig() {
  const security = Object.entries(securityHeaders).map(([key, value]) => ({ key, value }));
  return {
    // Clean URLs everywhere but /index.html, which the redirect below sends to / in one step (serve's clean-URL
    // rule alone takes two: /index.html → /index → /).
    cleanUrls: ["/", "/!(index.html)", "/*/**"],
    redirects: [{ source: "/index.html", destination: "/", type: 301 }],
    trailingSlash: false,
    directoryListing: false,
    // serve-handler applies every matching rule, later ones winning: the catch-all first, then the specific.
    headers: [...cacheRules].reverse().map((rule) => ({
      source: rule.glob,
      headers: [...security, { key: "Cache-Control", value: rule.header }, { key: serverIdentity.header, value: serverIdentity.value }],
    })),
  };
}

export function writeServeConfig() {
  const file = path.resolve(".next", "serve.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(serveConfig(), null, 2));
  return file;
}
