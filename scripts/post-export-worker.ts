// A helper process of the post-export step (scripts/post-export.ts): processes the pages it is sent, on a core of
// its own, and sends back what it found. It writes nothing: the step writes the pages once every one is checked.
import type { LinkableTerm } from "./glossary-links";
import { type AssetPrefixes, processPageFile } from "./post-export";

process.once("message", (job: { pages: { file: string; withTerms: boolean }[]; terms: LinkableTerm[]; prefixes: AssetPrefixes }) => {
  process.send?.(job.pages.map((p) => processPageFile(p.file, p.withTerms ? job.terms : [], job.prefixes)));
});
