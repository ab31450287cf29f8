import type { Metadata } from "next";
import type { SitePage } from "@/lib/site/registry";
import { documentTitle } from "@/lib/site/seo";
import { site } from "@/lib/site/config";

/** Size of every preview image (Open Graph's large card). */
export const previewSize = { width: 1200, height: 630 } as const;

interface PageMeta {
  /** Page title without the site name (`documentTitle` adds it when the whole fits in 60 characters). */
  title: string;
  /** 70–160 characters. */
  description: string;
  /** Site path of the page, e.g. `/metiers/developpeur-back-end/missions`. */
  path: string;
  /** `website` for the home page, `article` for the rest. */
  type?: "website" | "article";
  /** Its preview image (`/apercus/….png`). */
  image: string;
}

/** Metadata of one page: title, description, canonical URL, Open Graph and card, with its preview image. */
function pageMetadata({ title, description, path, type = "article", image: imagePath }: PageMeta): Metadata {
  const image = {
    url: imagePath,
    ...previewSize,
    type: "image/png",
    alt: documentTitle({ path, title }),
  };
  return {
    title: { absolute: documentTitle({ path, title }) },
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      type,
      locale: site.locale,
      siteName: site.name,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/** The metadata of a page of the registry. */
export function metadataFor(page: SitePage): Metadata {
  return pageMetadata({ title: page.title, description: page.description, path: page.path, type: page.type, image: page.image });
}
