// `npm run new -- metier <slug> "<Titre>"` and `npm run new -- pays <slug> "<Nom>"`: writes every file an
// occupation (index, missions, compétences, formation, évolution) or a country needs, with every required field.
// Each value still to be written is « À REMPLIR », which `npm run check` (and so the build) refuses: nothing
// half-written ships. The fields come from the schemas themselves, so a new required field is scaffolded too.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { occupationSectionFiles } from "@/lib/content/schema";
import { contentDir } from "@/lib/site/config";
import { placeholder } from "./check-content";
import { type ContentKind, jsonSchema, sectionKind } from "./content-schemas";

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  format?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A value for `schema` with every required field: placeholders, saying what is expected when it is not a text. */
function scaffold(schema: JsonSchema, known: Record<string, unknown> = {}): unknown {
  const options = schema.anyOf?.filter((s) => s.type !== "null");
  if (options?.[0]) return scaffold(options[0], known);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return `${placeholder} (${schema.enum.map(String).join(", ")})`;
  if (schema.format === "date") return today();
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object")
    return Object.fromEntries(
      (schema.required ?? []).map((key) => [key, key in known ? known[key] : scaffold(schema.properties?.[key] ?? {})]),
    );
  if (type === "array") return Array.from({ length: schema.minItems ?? 0 }, () => scaffold(schema.items ?? {}));
  if (type === "number" || type === "integer") return `${placeholder} (nombre)`;
  if (type === "boolean") return `${placeholder} (true ou false)`;
  return placeholder;
}

function write(file: string, kind: ContentKind, known: Record<string, unknown>, body: string) {
  if (existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} already exists`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, matter.stringify(body, scaffold(jsonSchema(kind) as JsonSchema, known) as object));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

const usage = 'usage: npm run new -- metier <slug> "<Titre>"   |   npm run new -- pays <slug> "<Nom>"';
export function newContent(args: string[], root = contentDir) {
  const [what, slug, name] = args;
  if (!slug || !name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    throw new Error(`${usage}\n(<slug>: lowercase kebab-case, e.g. technicien-reseau)`);
  if (what === "pays") {
    write(path.join(root, "pays", `${slug}.md`), "pays", { name }, "");
    return;
  }
  if (what !== "metier") throw new Error(usage);
  const dir = path.join(root, "metiers", slug);
  if (existsSync(dir)) throw new Error(`${path.relative(process.cwd(), dir)} already exists`);
  write(path.join(dir, "index.md"), "metier", { title: name }, `${placeholder} : ce que fait ce métier, en deux ou trois phrases.\n`);
  // Section titles are left to write: no French is built here around a title whose gender we do not know.
  for (const { file } of Object.values(occupationSectionFiles)) write(path.join(dir, file), sectionKind(file), {}, "");
  console.log(`next: fill every « ${placeholder} », add salaires/<pays>.md if a source gives figures, then npm run check`);
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  try {
    newContent(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
