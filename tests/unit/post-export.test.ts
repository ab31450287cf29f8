import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assetPrefixes, cssReferences, isRscPayload, postExport, processHtml } from "@/scripts/post-export";

// Each rule of the post-export step on a few lines of HTML. The step on a real `next build` export is
// tests/integration/post-export.test.ts.
const prefixes = assetPrefixes({});
const page = (head: string, body = "<main><h1>Titre</h1></main>") =>
  `<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;
const problems = (html: string, p = prefixes) => processHtml(html, { prefixes: p }).problems;

describe("assetPrefixes, from next.config", () => {
  it("is /_next/ by default, under basePath, or under assetPrefix", () => {
    expect(assetPrefixes({})).toEqual({ next: "/_next/", basePath: "" });
    expect(assetPrefixes({ basePath: "/guide" })).toEqual({ next: "/guide/_next/", basePath: "/guide" });
    expect(assetPrefixes({ basePath: "/guide", assetPrefix: "https://cdn.example.org/" })).toEqual({
      next: "https://cdn.example.org/_next/",
      basePath: "/guide",
    });
  });
});

describe("processHtml: French spacing is checked, not applied", () => {
  it("names each text, tag and JSON-LD string that has a breakable space before « : ; ! ? » or inside « »", () => {
    const [problem, ...others] = problems(
      page(
        '<title>Salaires : France</title><meta name="description" content="Le « back-end » en bref">',
        '<main><h1>Titre</h1><p>Vrai ? Oui</p><code>a : b</code><script type="application/ld+json">{"name":"x ; y"}</script><nav aria-label="Rubriques : x"></nav><code title="a : b">c</code></main>',
      ),
    );
    expect(others).toEqual([]);
    expect(problem).toMatch(/^5 text\(s\) with a breakable space/);
    for (const part of [
      "text « Salaires : France »",
      "<meta description> « Le « back-end » en bref »",
      "text « Vrai ? Oui »",
      "JSON-LD « x ; y »",
      "<nav aria-label> « Rubriques : x »",
    ])
      expect(problem).toContain(part);
    // Code is not prose; spaced text passes and is left as it came.
    const spaced = page("<title>Salaires\u00a0: France</title>", "<main><h1>Titre</h1><p>Vrai\u202f? «\u00a0Oui\u00a0»</p></main>");
    expect(problems(spaced)).toEqual([]);
    expect(processHtml(spaced, { prefixes }).html).toContain("<p>Vrai\u202f? «\u00a0Oui\u00a0»</p>");
  });
});

describe("processHtml: what it removes", () => {
  it("removes Next's scripts, flight data and preloads, and keeps ours and JSON-LD", () => {
    const result = processHtml(
      page(
        '<link rel="preload" as="script" href="/_next/static/chunks/a.js"><link rel="modulepreload" href="/_next/static/chunks/b.js">' +
          '<script src="/_next/static/chunks/c.js" async></script><script src="/copier-lien.js" data-enhance defer></script>',
        '<main><h1>Titre</h1><script type="application/ld+json">{"name":"a\u00a0: b"}</script></main>' +
          '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script>' +
          '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
      ),
      { prefixes },
    );
    expect(result.problems).toEqual([]);
    expect(result.removed).toBe(6);
    expect(result.html).toContain('<script src="/copier-lien.js" data-enhance="" defer></script>');
    // Data is left as it came: the step checks French spacing, it changes nothing.
    expect(result.html).toContain('<script type="application/ld+json">{"name":"a\u00a0: b"}</script>');
    expect([...result.html.matchAll(/<script/g)]).toHaveLength(2);
  });

  it("removes React's markers and the empty hidden holder they leave", () => {
    const result = processHtml(
      page("", '<div hidden=""><!--$--><!--/$--></div><main><h1>T</h1><p>45<!-- --> €<!--&--><!--/&--></p></main>'),
      {
        prefixes,
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain("<main><h1>T</h1><p>45 €</p></main>");
    expect(result.html).not.toContain("<!--");
    expect(result.html).not.toContain("hidden");
  });
});

describe("processHtml: what it refuses (the build fails with these messages)", () => {
  it("an unknown kind of script", () => {
    expect(problems(page('<script type="module">import "/x.js"</script>'))).toEqual([
      'unknown kind of script <script type="module">import "/x.js"…</script>: not ours (data-enhance), not JSON-LD, not Next.js\'s runtime',
    ]);
    expect(problems(page('<script src="https://cdn.example.org/x.js"></script>'))).toEqual([
      'unknown kind of script <script src="https://cdn.example.org/x.js">: not ours (data-enhance), not JSON-LD, not Next.js\'s runtime',
      '<script src="https://cdn.example.org/x.js">: an asset outside the known prefixes (/_next/, /)',
    ]);
  });

  it("a script that claims to be JSON-LD but loads code from outside Next's prefix", () => {
    expect(problems(page('<script type="application/ld+json" src="/evil.js"></script>'))).toEqual([
      'unknown kind of script <script src="/evil.js">: not ours (data-enhance), not JSON-LD, not Next.js\'s runtime',
    ]);
  });

  it("an unresolved Suspense boundary: pending marker, template, streaming script", () => {
    expect(problems(page("", '<main><!--$?--><template id="B:0"></template><p>Chargement…</p><!--/$--></main>'))).toEqual([
      "unresolved Suspense boundary: <!--$?-->",
      'unresolved Suspense boundary: <template id="B:0"> (a fallback was exported instead of the content)',
    ]);
    expect(problems(page("", "<main><!--$!--><!--/$--></main>"))).toEqual(["unresolved Suspense boundary: <!--$!-->"]);
    expect(problems(page("", '<script>$RC("B:0","S:0")</script>'))).toEqual([
      'unresolved Suspense boundary: a React streaming script is left ($RC("B:0","S:0")…)',
    ]);
  });

  it("hidden streamed content", () => {
    expect(problems(page("", '<main><h1>T</h1></main><div hidden id="S:0"><p>Contenu</p></div>'))).toEqual([
      'hidden streamed content: <div hidden id="S:0"> (React never moved it into the page)',
    ]);
  });

  it("an HTML comment it does not know", () => {
    expect(problems(page("", "<main><!-- TODO: relire --></main>"))).toEqual([
      "unknown HTML comment <!-- TODO: relire -->: not a React marker this step knows",
    ]);
  });

  it("an asset outside the known prefixes", () => {
    expect(problems(page('<link rel="stylesheet" href="https://cdn.example.org/_next/static/chunks/s.css">'))).toEqual([
      '<link href="https://cdn.example.org/_next/static/chunks/s.css">: an asset outside the known prefixes (/_next/, /)',
    ]);
    // With a basePath, Next's files are under it, and a bare /_next/ path is foreign.
    expect(problems(page('<link rel="stylesheet" href="/_next/static/chunks/s.css">'), assetPrefixes({ basePath: "/guide" }))).toEqual([
      '<link href="/_next/static/chunks/s.css">: an asset outside the known prefixes (/guide/_next/, /guide/)',
    ]);
    const kept = processHtml(page('<link rel="stylesheet" href="/guide/_next/static/chunks/s.css">'), {
      prefixes: assetPrefixes({ basePath: "/guide" }),
    });
    expect(kept.problems).toEqual([]);
    expect(kept.assets).toEqual(["_next/static/chunks/s.css"]);
  });
});

describe("RSC payloads are recognised by their content", () => {
  it("accepts flight rows and hints, refuses plain text", () => {
    expect(isRscPayload('1:"$Sreact.fragment"\n2:I[1,[],"default"]')).toBe(true);
    expect(isRscPayload(':HL["/_next/static/chunks/a.css","style"]\n0:{}')).toBe(true);
    expect(isRscPayload("User-agent: *\nAllow: /")).toBe(false);
    expect(isRscPayload("Bonjour")).toBe(false);
  });
});

describe("postExport on a folder", () => {
  let dir = "";
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), "guide-post-export-"));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  };

  it("fails on a payload-named file that is not a payload, and keeps a .txt that is not one", async () => {
    write({ "index.html": page(""), "__next._tree.txt": "texte", "index.txt": "Bonjour" });
    await expect(postExport(dir, prefixes)).rejects.toThrow("__next._tree.txt: named like an RSC payload, but its content is not one");
  });

  it("names every page's problems at once, and changes no file when it fails", async () => {
    const broken = page("", "<main><!--$?--></main>");
    write({ "index.html": broken, "a.html": page('<script src="/x.js"></script>') });
    await expect(postExport(dir, prefixes)).rejects.toThrow(
      /index\.html: unresolved Suspense boundary: <!--\$\?-->\n\s+a\.html: unknown kind of script <script src="\/x\.js">/,
    );
    expect(readFileSync(path.join(dir, "index.html"), "utf8")).toBe(broken);
  });

  it("fails on a page loading a local file the export does not have", async () => {
    write({ "index.html": page('<link rel="icon" href="/icone.svg">') });
    await expect(postExport(dir, prefixes)).rejects.toThrow("index.html: loads /icone.svg, which is not a file of the export");
  });
});

describe("cssReferences", () => {
  it("resolves relative and absolute urls and imports, and skips data: and remote urls", () => {
    const css = `@import url("a.css");@import 'b.css';x{background:url(../m/i.svg)}y{src:url(https://cdn/f.woff)}z{background:url(data:x)}`;
    expect(cssReferences(css, "/_next/static/chunks/s.css")).toEqual([
      "/_next/static/chunks/a.css",
      "/_next/static/chunks/b.css",
      "/_next/static/m/i.svg",
    ]);
  });
});
