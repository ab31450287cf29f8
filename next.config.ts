import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { romeDir } from "./lib/site/config";

const nextConfig: NextConfig = {
  // Every page is a file in out/: any static host, CDN or nginx serves the site as is.
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The pages made from the national referential are `page.rome.tsx` (and `route.rome.ts`): routes only when the site
  // has the referential. Without it they do not exist at all (Next.js refuses a dynamic route with no page to export).
  pageExtensions: romeDir ? ["tsx", "ts", "rome.tsx", "rome.ts"] : ["tsx", "ts"],
  // The build does not type-check: `npm run typecheck` does, and `npm test` runs it first (as it runs the linter, which
  // Next.js 16 also left out of `next build`). Checking again here cost a cold build 21–23 s on this 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Static generation on every core (Next.js leaves one free by default: a single worker on a 2-core machine).
  experimental: { cpus: availableParallelism() },
};

export default nextConfig;
