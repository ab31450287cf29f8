import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The one module that reads the environment. `SITE_URL`: absolute origin of the deployed site (production
 * builds set it; the default serves local previews with `npm start`). `CONTENT_DIR`: the folder content is read
 * from (tests, benchmarks), `content/` by default. `GUIDE_BUILD_CACHE`: set by `npm run build` only, the folder
 * where outputs are kept between builds, under a hash of their inputs (scripts/build-cache.ts). `GUIDE_RENDER_ONLY`:
 * set by `npm run build` only, the occupations whose pages this build renders, comma-separated (it keeps the
 * others' finished files from its cache); unset, every page is rendered.
 */
const env = {
  siteUrl: process.env.SITE_URL,
  contentDir: process.env.CONTENT_DIR,
  buildCache: process.env.GUIDE_BUILD_CACHE,
  renderOnly: process.env.GUIDE_RENDER_ONLY,
  romeDir: process.env.ROME_DIR,
  renderPlan: process.env.GUIDE_RENDER_PLAN,
  nodeEnv: process.env.NODE_ENV,
};

/** True under `npm run dev`: content is read again as it changes, never kept for the process. */
export const devServer = env.nodeEnv === "development";

/**
 * The folder of the national referential's CSV files (ROME 4.0, France Travail), never committed here: `ROME_DIR`
 * when set (empty: none), else `../shared/rome/v460` when it exists, else `data/rome` (where `npm run referentiel`
 * installs a copy; git ignores it). A folder that does not exist means the site builds with its own content alone.
 */
export const romeDir: string | undefined = resolveRomeDir(env.romeDir);

function resolveRomeDir(value: string | undefined): string | undefined {
  if (value !== undefined) return value.trim() ? path.resolve(value) : undefined;
  const shared = path.resolve("../shared/rome/v460");
  if (existsSync(shared)) return shared;
  const installed = path.resolve("data/rome");
  return existsSync(installed) ? installed : undefined;
}

/** Where the parsed referential is kept between processes of one build (and between builds). */
export const referentialCacheDir = path.resolve(".next/cache/referential");

/** The folder the app routes load content from. */
export const contentDir = path.resolve(env.contentDir ?? "content");

/** Where the build keeps outputs between builds (preview images), or undefined: render everything (dev server). */
export const buildCacheDir = env.buildCache ? path.resolve(env.buildCache) : undefined;

/** The slugs of the occupations this build renders, or undefined: all of them. */
export const renderOnly = env.renderOnly === undefined ? undefined : new Set(env.renderOnly.split(",").filter(Boolean));

/**
 * The paths of the referential's pages this build renders, or undefined: all of them. `GUIDE_RENDER_PLAN`, set by
 * `npm run build` only, names a JSON file listing them (too many for a variable); the others come from its cache.
 */
export const renderPages: Set<string> | undefined = env.renderPlan
  ? new Set((JSON.parse(readFileSync(env.renderPlan, "utf8")) as { pages: string[] }).pages)
  : undefined;

/** The one site configuration: metadata, sitemap, structured data and preview images read it. */
export const site = {
  name: "Guide des métiers",
  /** Short tagline, shown under the name. */
  tagline: "Des fiches métiers claires, sourcées et gratuites",
  description:
    "Un guide des métiers en français pour élèves, étudiants et conseillers : missions, compétences, formation, salaires et évolutions, sources à l'appui.",
  /** Absolute origin of the deployed site, without trailing slash. */
  url: (env.siteUrl ?? "http://localhost:3000").replace(/\/+$/, ""),
  locale: "fr_FR",
  language: "fr",
} as const;

/**
 * True when `url` is a loopback address (localhost, 127.x, ::1): a local preview (`npm start`, the e2e server,
 * a build without SITE_URL), never an address to print. The printable fiche then shows relative addresses
 * and no QR code.
 */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || host.startsWith("127.") || host === "::1" || host === "0.0.0.0";
}

export function absoluteUrl(path: string): string {
  return `${site.url}${path === "/" ? "" : path}` || site.url;
}
