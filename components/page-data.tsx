import type { Crumb } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { describePage } from "@/lib/site/registry";
import { webPageGraph } from "@/lib/site/structured-data";

/** The page and its breadcrumbs as structured data; the page is the trail's last crumb. */
export function PageData({ trail }: { trail: readonly Crumb[] }) {
  const here = trail.at(-1);
  if (!here) return null;
  return <JsonLd data={webPageGraph(describePage(here.path), trail)} />;
}
