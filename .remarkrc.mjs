// Frontmatter validation in the editor: VS Code with the recommended "remark" extension (unifiedjs.vscode-remark,
// .vscode/extensions.json) checks each content file's frontmatter against its JSON Schema in schemas/, generated
// from the zod schemas with the files each applies to (npm run schemas). `npm run check` remains the gate.
import { readFileSync } from "node:fs";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const schemas = JSON.parse(readFileSync(new URL("./schemas/files.json", import.meta.url), "utf8"));

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
