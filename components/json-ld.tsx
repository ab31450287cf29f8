import type { Thing, WithContext, Graph } from "schema-dts";

/**
 * Structured data as a JSON-LD data block. A data block is not executed (CSP does not apply to it), and
 * post-export keeps it; `<` is escaped so no text in the data can close the element.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
