import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { toString } from "hast-util-to-string";
import { parse } from "parse5";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { indexReferential } from "@/lib/domain/referential";
import { loadReferential } from "@/lib/referential/load";
import { buildRegistry } from "@/lib/site/registry";
import { writeRomeFixture } from "../fixtures/rome-fixture";
import { build, tempProject } from "./temp-project";

// Development shows what ships: one page of each kind, rendered by `next dev` and by the build, has the same text
// (French spacing included: a no-break space is not a space here), the same <title>, description and preview tags,
// and the same JSON-LD. The fixture content and the synthetic referential (tests/fixtures) give every kind a page.
// The glossary links and the glossary's « Employé dans » lists are made in the render too: the same on both sides.
const project = tempProject("dev-equals-build");
const contentDir = path.resolve("tests/fixtures/content");
const rome = path.join(project.dir, "rome");
writeRomeFixture(rome);
const env = { CONTENT_DIR: contentDir, ROME_DIR: rome, SITE_URL: "", NEXT_TELEMETRY_DISABLED: "1" };

/** One page of each kind, as the registry lists them. */
const samples = (() => {
  const registry = buildRegistry(loadContent(contentDir), indexReferential(loadReferential(rome)));
  const byKind = new Map<string, string>();
  for (const page of registry.pages) if (!byKind.has(page.kind)) byKind.set(page.kind, page.path);
  return [...byKind.entries()];
})();

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
  });

let dev: ChildProcess | undefined;
let base = "";
let devLog = "";
beforeAll(async () => {
  const built = build(project.dir, contentDir, rome, { SITE_URL: "" });
  expect(built.status, built.output).toBe(0);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: project.dir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout?.on("data", (d: Buffer) => (devLog += d.toString()));
  dev.stderr?.on("data", (d: Buffer) => (devLog += d.toString()));
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next dev did not answer:\n${devLog}`);
}, 600_000);
afterAll(async () => {
  // The server writes into .next/ until it has exited: the folder can go only then.
  if (dev?.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once("exit", resolve));
    dev.kill();
    await exited;
  }
  project.remove();
}, 60_000);

const tree = (html: string) => fromParse5(parse(html, { scriptingEnabled: false })) as Root;
const find = (root: Root | Element, test: (e: Element) => boolean) => {
  const found: Element[] = [];
  visit(root, "element", (e) => {
    if (test(e)) found.push(e);
  });
  return found;
};

/** What a reader and a search engine get from a page: its visible text and its head's words. */
function reading(html: string) {
  const root = tree(html);
  const head = find(root, (e) => e.tagName === "head")[0];
  const body = find(root, (e) => e.tagName === "body")[0];
  const meta = (key: string) =>
    find(head ?? root, (e) => e.tagName === "meta" && (e.properties.name === key || e.properties.property === key))[0]?.properties.content;
  const jsonLd = find(root, (e) => e.tagName === "script" && e.properties.type === "application/ld+json").map(
    (e) => JSON.parse(toString(e)) as unknown,
  );
  const links = (e: Element) => find(e, (a) => a.tagName === "a").map((a) => `${String(a.properties.href)} ${toString(a)}`);
  if (body)
    visit(body, "element", (e, i, parent) => {
      if (["script", "style", "template", "link", "meta"].includes(e.tagName) && parent && i !== undefined) {
        parent.children.splice(i, 1);
        return i;
      }
    });
  return {
    title: toString(find(head ?? root, (e) => e.tagName === "title")[0] ?? root),
    description: meta("description"),
    ogTitle: meta("og:title"),
    ogDescription: meta("og:description"),
    jsonLd,
    /** The glossary links of the page, and the lists of the glossary page: what a term links to, and from where. */
    termLinks: find(root, (e) => e.tagName === "a" && String(e.properties.className).includes("terme")).flatMap(links),
    usesLists: find(root, (e) => typeof e.properties.dataGlossaryUses === "string").flatMap(links),
    text: toString(body ?? root)
      .replace(/[ \t\r\n]+/g, " ")
      .trim(),
  };
}

const outFile = (page: string) => path.join(project.dir, "out", page === "/" ? "index.html" : `${page.slice(1)}.html`);

it("has a page of every kind to compare", () => {
  expect(samples.length).toBeGreaterThanOrEqual(20);
});

const seen = { termLinks: 0, usesLists: 0 };
for (const [kind, page] of samples) {
  it(`${kind} (${page}): the development server shows the words the build ships`, async () => {
    const response = await fetch(`${base}${page}`);
    expect(response.status, devLog.slice(-2000)).toBe(200);
    const devPage = reading(await response.text());
    const built = reading(readFileSync(outFile(page), "utf8"));
    expect(devPage).toEqual(built);
    seen.termLinks += built.termLinks.length;
    seen.usesLists += built.usesLists.length;
  }, 180_000);
}

it("compared glossary links and « Employé dans » lists, not only their absence", () => {
  expect(seen.termLinks).toBeGreaterThan(0);
  expect(seen.usesLists).toBeGreaterThan(0);
});
