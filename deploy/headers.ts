// The one definition of the site's HTTP headers. `scripts/serve-config.ts` turns it into the configuration
// of `npm start`'s server, `deploy/config.ts` into deploy/nginx.conf and out/_headers.

/**
 * Content-Security-Policy: only this origin; no inline script; no framing. 'wasm-unsafe-eval' lets the search
 * page compile Pagefind's WebAssembly (our own file, from this origin); it does not allow eval() of JavaScript.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every response. */
export const securityHeaders = {
  "Content-Security-Policy": contentSecurityPolicy,
  // Browsers ignore HSTS over plain HTTP, so it is harmless locally and right in production (HTTPS).
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Caching: file names under /_next/static/ carry a content hash, so they never change. */
export const cacheRules = [
  { pattern: "/_next/static/**", glob: "_next/static/**", header: "public, max-age=31536000, immutable" },
  // Everything else (HTML, preview images, sitemap): short, and revalidated.
  { pattern: "/**", glob: "**", header: "public, max-age=300, must-revalidate" },
];
