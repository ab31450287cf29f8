import type { Metadata } from "next";
import { site } from "@/lib/site";

export interface PageMeta {
  /** Page title without the site name (the layout's template adds it); ≤ 40 characters keeps the whole ≤ 60. */
  title: string;
  /** 70–160 characters. */
  description: string;
  /** Site path of the page, e.g. `/metiers/developpeur-back-end/missions`. */
  path: string;
  /** `website` for the home page, `article` for the rest. */
  type?: "website" | "article";
}

/** Metadata of one page: title, description, canonical URL, Open Graph and card. */
export function pageMetadata({ title, description, path, type = "article" }: PageMeta): Metadata {
  return {
    title: path === "/" ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      type,
      locale: site.locale,
      siteName: site.name,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
