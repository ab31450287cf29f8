import type { Thing, WithContext, Graph } from "schema-dts";
import { spacedStrings } from "@/lib/content/french-spacing";

/**
 * Structured data as a JSON-LD data block. A data block is not executed (CSP does not apply to it), and
 * post-export keeps it; `<` is escaped so no text in the data can close the element. Its texts are spaced the French
 * way, as the page's are.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | Graph }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(spacedStrings(data)).replace(/</g, "\\u003c") }} />
  );
}
