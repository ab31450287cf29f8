import { JsonLd } from "@/components/json-ld";
import type { SitePage } from "@/lib/site/registry";
import { webPageGraph } from "@/lib/site/structured-data";

/** The page and its breadcrumbs as structured data. */
export function PageData({ page }: { page: SitePage }) {
  return <JsonLd data={webPageGraph(page)} />;
}
