// Writes the configuration of `serve` (the server behind `npm start`) from deploy/headers.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheRules, securityHeaders } from "../deploy/headers";

export function serveConfig() {
  const security = Object.entries(securityHeaders).map(([key, value]) => ({ key, value }));
  return {
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
    // serve-handler applies every matching rule, later ones winning: the catch-all first, then the specific.
    headers: [...cacheRules]
      .reverse()
      .map((rule) => ({ source: rule.glob, headers: [...security, { key: "Cache-Control", value: rule.header }] })),
  };
}

export function writeServeConfig() {
  const file = path.resolve(".next", "serve.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(serveConfig(), null, 2));
  return file;
}
