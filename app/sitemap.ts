import type { MetadataRoute } from "next";
import { getRegistry } from "@/app/_lib/content";
import { absoluteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return getRegistry().pages.map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
