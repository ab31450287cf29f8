import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedPagePaths } from "../support/expected-pages";
import { build, tempProject } from "./temp-project";

// A real build of the fixture content (a feminine occupation starting with a vowel, three countries), in a copy
// of the project: the pages exist, the sitemap lists them, and the French around the title is right in the HTML.
const fixture = path.resolve("tests/fixtures/content");
const project = tempProject("fixture-site");
const out = (file: string) => readFileSync(path.join(project.dir, "out", file), "utf8");
const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/[\u00a0\u202f]/g, " ");

let result: { status: number | null; output: string };
beforeAll(() => {
  // SITE_URL set but empty (a CI variable left blank): the same as unset, a local preview.
  result = build(project.dir, fixture, "", { SITE_URL: "" });
}, 400_000);
afterAll(() => {
  project.remove();
});

describe("the site built from the fixture content", () => {
  it("builds, with SITE_URL empty, as a local preview for http://localhost:3000", () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain("build: LOCAL PREVIEW build for http://localhost:3000");
    expect(out("index.html")).toContain('<link rel="canonical" href="http://localhost:3000"');
  });

  it("lists in its sitemap exactly the pages of the app/ tree filled from the fixture's files", () => {
    const listed = [...out("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname).sort();
    expect(listed).toEqual(expectedPagePaths(fixture));
  });

  it("writes the French around a feminine title that starts with a vowel", () => {
    const base = "metiers/administratrice-reseaux";
    expect(h1(out(`${base}/missions.html`))).toBe("Les missions de l'administratrice réseaux");
    expect(h1(out(`${base}/salaires.html`))).toBe("Le salaire de l'administratrice réseaux");
    expect(h1(out(`${base}/comparer/borduria-syldavia.html`))).toBe("Bordurie et Syldavie : les salaires côte à côte");
    expect(out(`${base}.html`)).toContain("Aussi appelée");
    expect(out("metiers/testeur/missions.html")).toContain("Les missions du testeur");
  });
});
