import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { ContentError, type ContentIssue, issuesFromZod } from "@/lib/content/errors";
import { spacedStrings } from "@/lib/content/french-spacing";
import { type RenderedMarkdown, renderMarkdown } from "@/lib/content/markdown";
import {
  ConceptsSchema,
  CountrySchema,
  GlossarySchema,
  OccupationSchema,
  occupationSectionFiles,
  SalarySchema,
  sectionItems,
  SourceSchema,
  type Concepts,
  type Country,
  type Glossary,
  type OccupationFrontmatter,
  type OccupationSectionField,
  type Salary,
  type Source,
} from "@/lib/content/schema";

/** A parsed file: its validated frontmatter, its rendered body, and where it came from. */
type Entry<T> = T & { body: RenderedMarkdown; file: string };

export type SourceEntry = Entry<Source> & { id: string };
export type CountryEntry = Entry<Country> & { slug: string };
export type SalaryEntry = Entry<Salary>;
/** The occupation's section files (`occupationSectionFiles`), each under its field. */
type OccupationSections = { [K in OccupationSectionField]: Entry<z.infer<(typeof occupationSectionFiles)[K]["schema"]>> };
export type GlossaryEntry = Entry<Glossary>;
export type Concept = Concepts["concepts"][number];

export type Occupation = Entry<OccupationFrontmatter> &
  OccupationSections & {
    slug: string;
    /** One entry per country with figures, sorted by country slug. */
    salaries: SalaryEntry[];
    /** Slugs of those countries, same order. */
    salaryCountries: string[];
  };

export interface Content {
  sources: SourceEntry[];
  countries: CountryEntry[];
  occupations: Occupation[];
  glossary: GlossaryEntry;
  /** The subjects items speak of (`content/notions.md`; none when the file is absent). */
  concepts: Concept[];
}

class Loader {
  readonly issues: ContentIssue[] = [];
  constructor(private readonly root: string) {}

  /** Path shown in messages: relative to the working directory, like `content/pays/maroc.md`. */
  display(abs: string): string {
    return path.relative(process.cwd(), abs) || abs;
  }

  markdownFiles(dir: string): string[] {
    const abs = path.join(this.root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((f) => f.endsWith(".md") && statSync(path.join(abs, f)).isFile())
      .sort()
      .map((f) => path.join(abs, f));
  }

  subfolders(dir: string): string[] {
    const abs = path.join(this.root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((f) => statSync(path.join(abs, f)).isDirectory())
      .sort();
  }

  /** Reads, parses and validates one file; records every problem and returns undefined if any. */
  read<T extends object>(abs: string, schema: z.ZodType<T>): Entry<T> | undefined {
    const file = this.display(abs);
    if (!existsSync(abs)) {
      this.issues.push({ file, field: "(file)", message: "file is missing" });
      return undefined;
    }
    const raw = readFileSync(abs, "utf8");
    if (raw.trim() === "") {
      this.issues.push({ file, field: "(file)", message: "file is empty" });
      return undefined;
    }
    let parsed: { data: unknown; content: string };
    try {
      // Options object: gray-matter caches (and shares) results when called without one.
      parsed = matter(raw, {});
    } catch (error) {
      const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error))
        .replace(/:$/, "")
        // js-yaml counts lines from the start of the frontmatter; editors count from the top of the file.
        .replace(/at line (\d+)/, (_, n: string) => `at line ${Number(n) + 1}`);
      this.issues.push({ file, field: "(frontmatter)", message: `invalid YAML: ${reason}` });
      return undefined;
    }
    if (!raw.trimStart().startsWith("---")) {
      this.issues.push({ file, field: "(frontmatter)", message: "the file has no frontmatter (--- … ---)" });
      return undefined;
    }
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      this.issues.push(...issuesFromZod(file, result.error));
      return undefined;
    }
    // Every string of the frontmatter is spaced the French way here, once: pages, metadata and open data show the same.
    return { ...spacedStrings(result.data), body: renderMarkdown(parsed.content), file };
  }

  slugOf(abs: string, file: string): string {
    const slug = path.basename(abs, ".md");
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
      this.issues.push({ file, field: "(file name)", message: `"${slug}" is not a lowercase kebab-case slug` });
    return slug;
  }

  load(): Content {
    const sources: SourceEntry[] = [];
    for (const abs of this.markdownFiles("sources")) {
      const e = this.read(abs, SourceSchema);
      if (e) sources.push({ ...e, id: this.slugOf(abs, e.file) });
    }
    const countries: CountryEntry[] = [];
    for (const abs of this.markdownFiles("pays")) {
      const e = this.read(abs, CountrySchema);
      if (e) countries.push({ ...e, slug: this.slugOf(abs, e.file) });
    }
    const occupations: Occupation[] = [];
    for (const slug of this.subfolders("metiers")) {
      const occupation = this.loadOccupation(slug);
      if (occupation) occupations.push(occupation);
    }
    const glossary = this.read(path.join(this.root, "glossaire.md"), GlossarySchema);
    if (glossary) this.checkGlossary(glossary);
    const conceptsFile = path.join(this.root, "notions.md");
    const concepts = existsSync(conceptsFile) ? this.read(conceptsFile, ConceptsSchema)?.concepts : [];
    if (this.issues.length || !glossary || !concepts) throw new ContentError(this.issues);
    const content = { sources, countries, occupations, glossary, concepts };
    this.checkReferences(content);
    if (this.issues.length) throw new ContentError(this.issues);
    return content;
  }

  loadOccupation(slug: string): Occupation | undefined {
    const dir = path.join(this.root, "metiers", slug);
    const index = this.read(path.join(dir, "index.md"), OccupationSchema);
    if (index && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
      this.issues.push({ file: this.display(dir), field: "(folder name)", message: `"${slug}" is not a kebab-case slug` });
    const sections: Partial<Record<OccupationSectionField, unknown>> = {};
    for (const [field, { file, schema }] of Object.entries(occupationSectionFiles))
      sections[field as OccupationSectionField] = this.read(path.join(dir, file), schema as z.ZodType<object>);
    const salaries: SalaryEntry[] = [];
    for (const abs of this.markdownFiles(path.join("metiers", slug, "salaires"))) {
      const e = this.read(abs, SalarySchema);
      if (!e) continue;
      const name = path.basename(abs, ".md");
      if (e.country !== name)
        this.issues.push({ file: e.file, field: "country", message: `"${e.country}" does not match the file name "${name}"` });
      salaries.push(e);
    }
    if (!index || Object.values(sections).includes(undefined)) return undefined;
    salaries.sort((a, b) => a.country.localeCompare(b.country));
    return {
      ...index,
      slug,
      // Each field read above with its own schema, none missing: the type follows from occupationSectionFiles.
      ...(sections as OccupationSections),
      salaries,
      salaryCountries: salaries.map((s) => s.country),
    };
  }

  /** Term ids are anchors, so unique; a form belongs to one term only, or the automatic links would be ambiguous. */
  checkGlossary(glossary: GlossaryEntry) {
    const ids = new Map<string, number>();
    const forms = new Map<string, string>();
    glossary.terms.forEach((term, i) => {
      const other = ids.get(term.id);
      if (other !== undefined)
        this.issues.push({ file: glossary.file, field: `terms[${i}].id`, message: `duplicate id "${term.id}" (also terms[${other}])` });
      ids.set(term.id, i);
      term.forms.forEach((form, j) => {
        const key = form.toLocaleLowerCase("fr");
        const owner = forms.get(key);
        if (owner !== undefined)
          this.issues.push({ file: glossary.file, field: `terms[${i}].forms[${j}]`, message: `"${form}" is already a form of "${owner}"` });
        forms.set(key, term.id);
      });
    });
  }

  /** Every id a file points to exists; ids are unique where they are anchors; links lead to real pages. */
  checkReferences(content: Content) {
    const sourceIds = new Set(content.sources.map((s) => s.id));
    const countryBySlug = new Map(content.countries.map((c) => [c.slug, c]));
    const push = (file: string, field: string, message: string) => this.issues.push({ file, field, message });

    const checkSources = (file: string, field: string, ids: readonly string[]) => {
      ids.forEach((id, i) => {
        if (!sourceIds.has(id)) push(file, `${field}[${i}]`, `unknown source "${id}" (no content/sources/${id}.md)`);
      });
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) push(file, field, `source "${dup}" is listed twice`);
    };
    const conceptIds = new Set(content.concepts.map((c) => c.id));
    interface Item {
      id: string;
      sources: readonly string[];
      says?: Record<string, string>;
      examples?: { sources: readonly string[] }[];
      concepts?: readonly string[];
    }
    const checkItems = (file: string, field: string, items: readonly Item[]) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const at = `${field}[${i}]`;
        if (seen.has(item.id)) push(file, `${at}.id`, `duplicate id "${item.id}"`);
        seen.add(item.id);
        checkSources(file, `${at}.sources`, item.sources);
        for (const key of Object.keys(item.says ?? {}))
          if (!item.sources.includes(key)) push(file, `${at}.says.${key}`, `"${key}" is not one of this item's sources`);
        item.examples?.forEach((ex, j) => {
          checkSources(file, `${at}.examples[${j}].sources`, ex.sources);
        });
        item.concepts?.forEach((c, j) => {
          if (!conceptIds.has(c)) push(file, `${at}.concepts[${j}]`, `unknown concept "${c}" (not in content/notions.md)`);
        });
      });
    };

    for (const country of content.countries) {
      if (country.exchange && !sourceIds.has(country.exchange.source))
        push(country.file, "exchange.source", `unknown source "${country.exchange.source}"`);
      if (!country.exchange && country.currency !== "EUR")
        push(country.file, "exchange", `required for a currency other than EUR (${country.currency})`);
    }
    const names = new Map<string, string>();
    for (const country of content.countries) {
      const other = names.get(country.name);
      if (other) push(country.file, "name", `duplicate country name "${country.name}" (also in ${other})`);
      names.set(country.name, country.file);
    }

    const occupationTitles = new Map<string, string>();
    for (const occupation of content.occupations) {
      const other = occupationTitles.get(occupation.title.toLowerCase());
      if (other) push(occupation.file, "title", `duplicate occupation "${occupation.title}" (also in ${other})`);
      occupationTitles.set(occupation.title.toLowerCase(), occupation.file);
      occupation.aliases.forEach((a, i) => {
        checkSources(occupation.file, `aliases[${i}].sources`, a.sources);
      });
      checkItems(occupation.file, "context", occupation.context);
      checkItems(occupation.file, "challenges", occupation.challenges);
      for (const field of Object.keys(occupationSectionFiles) as OccupationSectionField[])
        for (const [name, items] of Object.entries(sectionItems(occupation, field))) checkItems(occupation[field].file, name, items);

      const career = occupation.career;
      const roleIds = new Set<string>();
      career.roles.forEach((r, i) => {
        if (roleIds.has(r.id)) push(career.file, `roles[${i}].id`, `duplicate id "${r.id}"`);
        roleIds.add(r.id);
      });
      if (!roleIds.has(career.start)) push(career.file, "start", `"${career.start}" is not one of roles[].id`);
      career.paths.forEach((p, i) => {
        if (!roleIds.has(p.from)) push(career.file, `paths[${i}].from`, `"${p.from}" is not one of roles[].id`);
        if (!roleIds.has(p.to)) push(career.file, `paths[${i}].to`, `"${p.to}" is not one of roles[].id`);
        checkSources(career.file, `paths[${i}].sources`, p.sources);
      });

      for (const salary of occupation.salaries) {
        if (!sourceIds.has(salary.source)) push(salary.file, "source", `unknown source "${salary.source}"`);
        const country = countryBySlug.get(salary.country);
        if (!country) push(salary.file, "country", `unknown country "${salary.country}" (no content/pays/${salary.country}.md)`);
        else if (country.currency !== salary.currency)
          push(salary.file, "currency", `${salary.currency} differs from ${country.name}'s currency ${country.currency}`);
        const ids = new Set<string>();
        salary.figures.forEach((f, i) => {
          if (ids.has(f.id)) push(salary.file, `figures[${i}].id`, `duplicate id "${f.id}"`);
          ids.add(f.id);
        });
        salary.factors.forEach((f, i) => {
          checkSources(salary.file, `factors[${i}].sources`, f.sources);
        });
      }
    }
  }
}

const cache = new Map<string, Content>();

/**
 * All content under `root`, validated once per process; throws a `ContentError` listing every problem. The only
 * function that reads content files. Links written in bodies are checked by the site layer (it knows the pages).
 */
export function loadContent(root: string): Content {
  const key = path.resolve(root);
  let content = cache.get(key);
  if (!content) {
    content = new Loader(key).load();
    cache.set(key, content);
  }
  return content;
}
