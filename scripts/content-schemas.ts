// JSON Schemas of the content files' frontmatter, generated from the zod schemas (lib/schema.ts) into schemas/,
// so an editor can validate frontmatter as it is typed (.remarkrc.mjs maps each schema to its files; README,
// "Writing content"). `npm run schemas` rewrites them; a unit test fails while they are stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  ConceptsSchema,
  CountrySchema,
  GlossarySchema,
  OccupationSchema,
  occupationSectionFiles,
  SalarySchema,
  SourceSchema,
} from "@/lib/content/schema";

export const schemasDir = path.resolve("schemas");

type SectionFile = (typeof occupationSectionFiles)[keyof typeof occupationSectionFiles];
type SectionFileName<F extends SectionFile> = F["file"] extends `${infer Name}.md` ? Name : never;

/** The content kind of an occupation's section file: its name (`missions.md` → `missions`). */
export const sectionKind = <F extends SectionFile>(file: F["file"]) => file.replace(/\.md$/, "") as SectionFileName<F>;

/** The occupation's section files (`missions.md`…), each under its name: declared once in lib/content/schema.ts. */
function occupationSectionKinds() {
  return Object.fromEntries(
    Object.values(occupationSectionFiles).map(({ file, schema, title }) => [
      sectionKind(file),
      { schema, files: `content/metiers/*/${file}`, title },
    ]),
  ) as { [F in SectionFile as SectionFileName<F>]: { schema: F["schema"]; files: string; title: string } };
}

/** Each kind of content file: its schema, the files it applies to, and what it is (the schema's description). */
export const contentKinds = {
  source: { schema: SourceSchema, files: "content/sources/*.md", title: "Une source (content/sources/<id>.md)" },
  pays: { schema: CountrySchema, files: "content/pays/*.md", title: "Un pays (content/pays/<slug>.md)" },
  metier: { schema: OccupationSchema, files: "content/metiers/*/index.md", title: "Un métier (content/metiers/<slug>/index.md)" },
  ...occupationSectionKinds(),
  salaire: { schema: SalarySchema, files: "content/metiers/*/salaires/*.md", title: "Les salaires d'un métier dans un pays" },
  glossaire: { schema: GlossarySchema, files: "content/glossaire.md", title: "Le glossaire (content/glossaire.md)" },
  notions: { schema: ConceptsSchema, files: "content/notions.md", title: "Les notions dont parlent les sources (content/notions.md)" },
} as const;
export type ContentKind = keyof typeof contentKinds;
export const kinds = Object.keys(contentKinds) as ContentKind[];

/** The JSON Schema of one kind: what an author writes (`io: "input"`, so fields with a default are optional). */
export function jsonSchema(kind: ContentKind): Record<string, unknown> {
  const { schema, title } = contentKinds[kind];
  // Draft 7: what the editor's checker (remark-lint-frontmatter-schema, ajv) reads.
  return { ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-7" }), title };
}

/** schemas/files.json: each schema and the content files it applies to, as .remarkrc.mjs reads it. */
export const filesMapFile = path.join(schemasDir, "files.json");
export const filesMap = (): Record<string, string[]> =>
  Object.fromEntries(kinds.map((kind) => [`./schemas/${kind}.json`, [contentKinds[kind].files]]));
export const filesMapText = () => `${JSON.stringify(filesMap(), null, 2)}\n`;

/** schemas/<kind>.json, as this script writes it. */
export const schemaText = (kind: ContentKind) => `${JSON.stringify(jsonSchema(kind), null, 2)}\n`;
export const schemaFile = (kind: ContentKind) => path.join(schemasDir, `${kind}.json`);

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  mkdirSync(schemasDir, { recursive: true });
  const outputs: [string, string][] = [
    ...kinds.map((kind): [string, string] => [schemaFile(kind), schemaText(kind)]),
    [filesMapFile, filesMapText()],
  ];
  for (const [file, text] of outputs) {
    let old = "";
    try {
      old = readFileSync(file, "utf8");
    } catch {
      // a new file
    }
    if (old !== text) writeFileSync(file, text);
    console.log(`${old === text ? "unchanged" : "wrote"} ${path.relative(process.cwd(), file)}`);
  }
}
