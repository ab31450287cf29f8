import path from "node:path";
import { loadContent } from "@/lib/content/load";

/** The content the site under test was built from (CONTENT_DIR, like the build), loaded by the content layer. */
export const contentRoot = path.resolve(process.env.CONTENT_DIR ?? "content");
export const content = loadContent(contentRoot);
