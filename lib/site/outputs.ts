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
  const outputs = new Map(content.roles.map((r) => [r.slug, [] as string[]]));
  for (const page of registry.pages)
    if (page.role) outputs.get(page.role.slug)?.push(pageFile(page.path), previewImagePath(page.path).slice(1));
  for (const file of openDataFileList(content)) if (file.role) outputs.get(file.role)?.push(openDataFilePath(file.name).slice(1));
  return outputs;
}
