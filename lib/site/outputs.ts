import type { Content } from "@/lib/content/load";
import { openDataFileList } from "@/lib/site/open-data";
import type { Registry } from "@/lib/site/registry";
import { openDataFilePath, previewImagePath } from "@/lib/site/routes";

/** Where the static export writes the page at `pagePath` (trailingSlash off): `/a/b` → `a/b.html`, `/` → `index.html`. */
export function pageFile(pagePath: string): string {
  return pagePath === "/" ? "index.html" : `${pagePath.slice(1)}.html`;
}

/**
 * The files of the export that belong to each occupation — its pages, their preview images, its open data files —
 * as paths relative to out/, by occupation slug. Everything else (the guide's pages, assets) belongs to the guide.
 */
export function occupationOutputs(content: Content, registry: Registry): Map<string, string[]> {
  const outputs = new Map(content.occupations.map((r) => [r.slug, [] as string[]]));
  for (const page of registry.pages)
    if (page.occupation) outputs.get(page.occupation.slug)?.push(pageFile(page.path), previewImagePath(page.path).slice(1));
  for (const file of openDataFileList(content))
    if (file.occupation) outputs.get(file.occupation)?.push(openDataFilePath(file.name).slice(1));
  return outputs;
}
