// A helper process of the post-export step (scripts/post-export.ts): processes the pages it is sent, on a core of
// its own, and sends back what it found. It writes nothing: the step writes the pages once every one is checked.
import { type AssetPrefixes, processPageFile } from "./post-export";

process.once("message", (job: { pages: string[]; prefixes: AssetPrefixes }) => {
  process.send?.(job.pages.map((file) => processPageFile(file, job.prefixes)));
});
