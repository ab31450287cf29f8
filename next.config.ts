import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is a file in out/: any static host, CDN or nginx serves the site as is.
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
