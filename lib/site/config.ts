import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The address a build is for when none is given: `npm start`'s. */
const localAddress = "http://localhost:3000";

/** The environment variables this module reads (the build sets the `GUIDE_*` ones for Next.js's processes). */
type Env = Partial<
  Record<"SITE_URL" | "CONTENT_DIR" | "ROME_DIR" | "GUIDE_BUILD_CACHE" | "GUIDE_RENDER_ONLY" | "GUIDE_RENDER_PLAN" | "NODE_ENV", string>
>;

/** A setting the environment gives in a form the site cannot use. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * The configuration an environment gives, without side effects but the folder checks (`exists`, for tests):
 * - `SITE_URL`: the absolute http(s) origin of the deployed site; unset, empty or blank: the local preview address.
 *   Trailing slashes go. Anything else is a ConfigError naming the variable.
 * - `CONTENT_DIR`: the content folder (tests, benchmarks), `content/` when unset or blank.
 * - `ROME_DIR`: the folder of the national referential's CSV files (ROME 4.0, France Travail), never committed here;
 *   set but blank: none; unset: `../shared/rome/v460` when it exists, else `data/rome` (where `npm run referentiel`
 *   installs a copy; git ignores it) when it exists, else none: the site builds with its own content alone.
 * - `GUIDE_BUILD_CACHE`, `GUIDE_RENDER_ONLY`, `GUIDE_RENDER_PLAN`: set by `npm run build` for Next.js's processes
 *   only: where outputs are kept between builds; the occupations this build renders (comma-separated); the file
 *   listing the referential's pages it renders. Unset: everything is rendered (the development server).
 */
export function loadConfig(env: Env, exists: (dir: string) => boolean = existsSync) {
  const given = env.SITE_URL?.trim();
  const siteUrl = (given || localAddress).replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new ConfigError(`SITE_URL: « ${given} » is not an absolute address (e.g. https://guide.example.org)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError(`SITE_URL: « ${given} » is not an http(s) address`);
  const romeSetting = env.ROME_DIR;
  const romeDefault = [path.resolve("../shared/rome/v460"), path.resolve("data/rome")].find((dir) => exists(dir));
  return {
    siteUrl,
    /** True for a loopback address: a local preview, never an address to print. */
    localPreview: isLocalUrl(siteUrl),
    contentDir: path.resolve(env.CONTENT_DIR?.trim() || "content"),
    romeDir: romeSetting === undefined ? romeDefault : romeSetting.trim() ? path.resolve(romeSetting) : undefined,
    buildCacheDir: env.GUIDE_BUILD_CACHE ? path.resolve(env.GUIDE_BUILD_CACHE) : undefined,
    renderOnly: env.GUIDE_RENDER_ONLY === undefined ? undefined : new Set(env.GUIDE_RENDER_ONLY.split(",").filter(Boolean)),
    renderPlanFile: env.GUIDE_RENDER_PLAN || undefined,
    devServer: env.NODE_ENV === "development",
  };
}

/** This process's configuration. A setting it cannot use stops the process with one line naming it, not a stack trace. */
export const config = (() => {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`configuration: ${error.message}`);
    process.exit(1);
  }
})();

/** True under `npm run dev`: content is read again as it changes, never kept for the process. */
export const devServer = config.devServer;

/** The folder of the national referential's CSV files, or undefined (see `loadConfig`). */
export const romeDir: string | undefined = config.romeDir;

/** Where the parsed referential is kept between processes of one build (and between builds). */
export const referentialCacheDir = path.resolve(".next/cache/referential");

/** The folder the app routes load content from. */
export const contentDir = config.contentDir;

/** Where the build keeps outputs between builds (preview images), or undefined: render everything (dev server). */
export const buildCacheDir = config.buildCacheDir;

/** The slugs of the occupations this build renders, or undefined: all of them. */
export const renderOnly = config.renderOnly;

/** The paths of the referential's pages this build renders, or undefined: all of them (read from the plan's file). */
export const renderPages: Set<string> | undefined = config.renderPlanFile
  ? new Set((JSON.parse(readFileSync(config.renderPlanFile, "utf8")) as { pages: string[] }).pages)
  : undefined;

/** The one site configuration: metadata, sitemap, structured data and preview images read it. */
export const site = {
  name: "Guide des métiers",
  /** Short tagline, shown under the name. */
  tagline: "Des fiches métiers claires, sourcées et gratuites",
  description:
    "Un guide des métiers en français pour élèves, étudiants et conseillers : missions, compétences, formation, salaires et évolutions, sources à l'appui.",
  /** Absolute origin of the deployed site, without trailing slash. */
  url: config.siteUrl,
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
