import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/lib/site/config";

// The one configuration (lib/site/config.ts), on environments written here: nothing read from the real one.
const none = () => false;

describe("loadConfig", () => {
  it("builds for the local preview address when SITE_URL is unset, empty or blank, and says it is local", () => {
    for (const SITE_URL of [undefined, "", "   "]) {
      const config = loadConfig({ SITE_URL }, none);
      expect(config.siteUrl, JSON.stringify(SITE_URL)).toBe("http://localhost:3000");
      expect(config.localPreview).toBe(true);
    }
  });

  it("keeps a public address without its trailing slashes, and tells every loopback form apart from it", () => {
    expect(loadConfig({ SITE_URL: "https://guide.example.org//" }, none)).toMatchObject({
      siteUrl: "https://guide.example.org",
      localPreview: false,
    });
    for (const SITE_URL of ["http://127.0.0.1:3217", "http://[::1]:8080", "http://0.0.0.0", "http://app.localhost"])
      expect(loadConfig({ SITE_URL }, none).localPreview, SITE_URL).toBe(true);
  });

  it("refuses an address it cannot use, naming the variable", () => {
    expect(() => loadConfig({ SITE_URL: "guide.example.org" }, none)).toThrow(ConfigError);
    expect(() => loadConfig({ SITE_URL: "guide.example.org" }, none)).toThrow("SITE_URL: « guide.example.org »");
    expect(() => loadConfig({ SITE_URL: "ftp://guide.example.org" }, none)).toThrow("is not an http(s) address");
  });

  it("finds the referential: ROME_DIR when set, none when set but blank, else ../shared, else data/rome", () => {
    expect(loadConfig({ ROME_DIR: "/srv/rome" }, none).romeDir).toBe(path.resolve("/srv/rome"));
    expect(loadConfig({ ROME_DIR: " " }, () => true).romeDir).toBeUndefined();
    expect(loadConfig({}, () => true).romeDir).toBe(path.resolve("../shared/rome/v460"));
    expect(loadConfig({}, (dir) => dir === path.resolve("data/rome")).romeDir).toBe(path.resolve("data/rome"));
    expect(loadConfig({}, none).romeDir).toBeUndefined();
  });

  it("reads the content folder and the build's own switches", () => {
    expect(loadConfig({}, none).contentDir).toBe(path.resolve("content"));
    expect(loadConfig({ CONTENT_DIR: "  " }, none).contentDir).toBe(path.resolve("content"));
    expect(loadConfig({ CONTENT_DIR: "tests/fixtures/content" }, none).contentDir).toBe(path.resolve("tests/fixtures/content"));
    const build = loadConfig({ GUIDE_BUILD_CACHE: ".next/cache/guide/x", GUIDE_RENDER_ONLY: "a,,b", NODE_ENV: "production" }, none);
    expect(build.buildCacheDir).toBe(path.resolve(".next/cache/guide/x"));
    expect([...(build.renderOnly ?? [])]).toEqual(["a", "b"]);
    expect(build.devServer).toBe(false);
    expect(loadConfig({}, none)).toMatchObject({ buildCacheDir: undefined, renderOnly: undefined, renderPlanFile: undefined });
    expect(loadConfig({ NODE_ENV: "development" }, none).devServer).toBe(true);
  });
});
