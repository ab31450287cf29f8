import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cacheRules, securityHeaders } from "@/deploy/headers";
import { hostHeaders, nginxConfig, nginxConfigFile } from "@/scripts/deploy-config";

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
  it("is up to date with deploy/headers.ts (regenerate: npx tsx scripts/deploy-config.ts)", () => {
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
