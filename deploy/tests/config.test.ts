import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cacheRules, securityHeaders } from "@/deploy/headers";
import { hostHeaders, nginxConfig, nginxConfigFile } from "@/deploy/config";

const hashedAssets = cacheRules.find((r) => r.pattern.startsWith("/_next/static/"));
const everythingElse = cacheRules.find((r) => r.pattern === "/**");

describe("deploy/headers.ts, the one definition of the headers", () => {
  it("has the set a security review expects", () => {
    const csp = securityHeaders["Content-Security-Policy"];
    // Scripts from this origin only; WebAssembly compilation (the search page's Pagefind) is the one extra,
    // and neither inline script nor eval() of JavaScript is allowed.
    expect(csp).toMatch(/(^|; )script-src 'self'( 'wasm-unsafe-eval')?(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(securityHeaders["Strict-Transport-Security"]).toMatch(/max-age=\d{8,}/);
    expect(securityHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(Object.keys(securityHeaders)).toEqual(expect.arrayContaining(["Referrer-Policy", "Permissions-Policy"]));
    expect(hashedAssets?.header).toMatch(/max-age=31536000.*immutable/);
    expect(everythingElse?.header).toMatch(/max-age=\d{1,4}\b/);
  });
});

describe("deploy/nginx.conf", () => {
  it("is up to date with deploy/headers.ts (regenerate: npx tsx deploy/config.ts)", () => {
    expect(readFileSync(nginxConfigFile, "utf8")).toBe(nginxConfig());
  });

  it("sends every security header on every response, and both cache rules", () => {
    const conf = nginxConfig();
    for (const [name, value] of Object.entries(securityHeaders)) expect(conf).toContain(`add_header ${name} "${value}" always;`);
    expect(conf).toContain(`set $guide_cache "${everythingElse?.header}";`);
    expect(conf).toContain(`location ^~ /_next/static/ {\n    set $guide_cache "${hashedAssets?.header}";`);
    // A location's own add_header would silently drop the server-level ones.
    expect(conf.match(/^\s*add_header /gm)).toHaveLength(Object.keys(securityHeaders).length + 1);
  });
});

describe("out/_headers (Netlify, Cloudflare Pages)", () => {
  const rules = hostHeaders();

  it("sends the security headers on every path", () => {
    const all = rules.split("/_next/static/*")[0];
    expect(all).toContain("\n/*\n");
    for (const [name, value] of Object.entries(securityHeaders)) expect(all).toContain(`\n  ${name}: ${value}\n`);
  });

  it("caches hashed assets for good, and sets Cache-Control once per path (these hosts join repeated values)", () => {
    expect(rules).toContain(`\n/_next/static/*\n  Cache-Control: ${hashedAssets?.header}\n`);
    expect(rules.match(/Cache-Control/g)).toHaveLength(1);
  });
});

describe("README.md's headers table", () => {
  // The table under "The headers, and why each is there": `| \`name\` (scope) | \`value\` | why |`.
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### The headers, and why each is there"));
  const rows = [...section.matchAll(/^\| `([A-Za-z-]+)`(?: \(([^|]*)\))? *\| `([^`]*)` *\|/gm)].map((m) => ({
    name: m[1] ?? "",
    scope: m[2] ?? "",
    value: m[3] ?? "",
  }));

  it("gives every header deploy/headers.ts sends, with its exact value, and no other", () => {
    const security = rows.filter((r) => r.name !== "Cache-Control").map((r) => [r.name, r.value]);
    expect(Object.fromEntries(security)).toEqual(securityHeaders);
    expect(security).toHaveLength(Object.keys(securityHeaders).length);
  });

  it("gives both cache rules with their exact values", () => {
    const cache = rows.filter((r) => r.name === "Cache-Control");
    expect(cache.map((r) => r.value)).toEqual([hashedAssets?.header, everythingElse?.header]);
    expect(cache[0]?.scope).toContain("/_next/static/");
  });
});
