import { availableParallelism } from "node:os";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is a file in out/: any static host, CDN or nginx serves the site as is.
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Static generation on every core (Next.js leaves one free by default: a single worker on a 2-core machine).
  experimental: { cpus: availableParallelism() },
};

export default nextConfig;
