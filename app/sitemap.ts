import type { MetadataRoute } from "next";
import { getAllPages } from "@/lib/content/load";
import { absoluteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return getAllPages().map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
