import type { RenderedMarkdown } from "@/lib/content/markdown";

/** A markdown body, rendered at build by `lib/content/markdown.ts` (sanitized). */
export function Prose({ body, className = "" }: { body: RenderedMarkdown; className?: string }) {
  if (!body.html.trim()) return null;
  return <div className={`prose max-w-none ${className}`} dangerouslySetInnerHTML={{ __html: body.html }} />;
}
