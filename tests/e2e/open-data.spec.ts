import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import matter from "gray-matter";
import { content, contentRoot } from "../support/content";
import { GlossaryDataSchema, OccupationDataSchema, salaryColumns } from "@/lib/site/open-data";
import { glossaryPath, openDataFilePath, openDataFiles, openDataPath, sourcesPath } from "@/lib/site/routes";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "file checks: once is enough");
});

/** A content file's frontmatter, read with gray-matter alone: the expected values do not come from the loader. */
const frontmatter = (...parts: string[]) =>
  matter(readFileSync(path.join(contentRoot, ...parts), "utf8"), {}).data as Record<string, unknown>;
/** The files' words, with the site's French spacing undone (the files have plain spaces). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, " "));
interface FileFigure {
  id: string;
  amount?: number;
  min?: number;
  max?: number;
  period: string;
  basis: string;
  kind: string;
}
const figureFields = (f: FileFigure) => [f.id, f.kind, f.amount ?? null, f.min ?? null, f.max ?? null, f.period, f.basis];

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

for (const occupation of content.occupations) {
  test(`${occupation.title}: the JSON file parses with the schema and holds the content's facts`, async ({ request }) => {
    const response = await request.get(openDataFilePath(openDataFiles.occupationFacts(occupation.slug)));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const data = OccupationDataSchema.parse(await response.json());
    expect(data.slug).toBe(occupation.slug);
    // Title and salary figures as the content files write them.
    const index = frontmatter("metiers", occupation.slug, "index.md");
    expect(plain(data.role.title)).toBe(index.title);
    const salaryFiles = readdirSync(path.join(contentRoot, "metiers", occupation.slug, "salaires")).sort();
    expect(salaryFiles.length).toBeGreaterThan(0);
    for (const file of salaryFiles) {
      const salary = frontmatter("metiers", occupation.slug, "salaires", file);
      const published = data.salaries.find((s) => s.country === salary.country);
      expect(published?.currency, file).toBe(salary.currency);
      expect(
        published?.figures.map((f) => figureFields(f as FileFigure)),
        file,
      ).toEqual((salary.figures as FileFigure[]).map(figureFields));
    }
    expect(data.missions.items.map((i) => i.id)).toEqual(occupation.missions.items.map((i) => i.id));
    expect(data.skills.technical).toEqual(occupation.skills.technical);
    expect(data.career.paths).toEqual(occupation.career.paths);
    expect(data.salaries.map((s) => [s.country, s.currency, s.figures])).toEqual(
      occupation.salaries.map((s) => [s.country, s.currency, s.figures]),
    );
    // Every source id the facts cite is described in the file.
    const cited = new Set<string>();
    const collect = (value: unknown, key = ""): void => {
      if (Array.isArray(value))
        for (const v of value as unknown[]) {
          if (typeof v === "string" && key === "sources") cited.add(v);
          else collect(v);
        }
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
      if (key === "source" && typeof value === "string") cited.add(value);
    };
    collect(data);
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].sort()).toEqual(data.sources.map((s) => s.id).sort());
    // Inferred fields travel with their reasons: the salary files', their figures' and the sources'.
    expect(data.salaries.map((s) => [s.country, s.inferred, s.figures.map((f) => f.inferred)])).toEqual(
      occupation.salaries.map((s) => [s.country, s.inferred, s.figures.map((f) => f.inferred)]),
    );
    const sources = content.sources;
    for (const s of data.sources) expect(s.inferred, s.id).toEqual(sources.find((x) => x.id === s.id)?.inferred);
  });

  test(`${occupation.title}: the salary CSV has one row per figure, with currency, period, basis and source`, async ({ request }) => {
    const response = await request.get(openDataFilePath(openDataFiles.occupationSalaries(occupation.slug)));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    const [header = [], ...rows] = parseCsv(await response.text());
    expect(header).toEqual(salaryColumns.map((c) => c.name));
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const figures = occupation.salaries.flatMap((s) => s.figures.map((f) => ({ salary: s, figure: f })));
    expect(rows).toHaveLength(figures.length);
    figures.forEach(({ salary, figure }, i) => {
      const row = rows[i] ?? [];
      expect(col(row, "country")).toBe(salary.country);
      expect(col(row, "currency")).toBe(salary.currency);
      expect(col(row, "period")).toBe(figure.period);
      expect(col(row, "basis")).toBe(figure.basis);
      expect(col(row, "source")).toBe(salary.source);
      expect(col(row, "kind")).toBe(figure.kind);
      const num = (name: string) => (col(row, name) === "" ? undefined : Number(col(row, name)));
      expect([num("min"), num("max"), num("amount")]).toEqual([figure.min, figure.max, figure.amount]);
      // An inferred field's column holds the label and the reason; it is empty when the source states the field.
      const label = (reason: string | undefined) => (reason ? `déduit par nous : ${reason}` : "");
      expect(col(row, "country_inferred")).toBe(label(salary.inferred.country));
      expect(col(row, "period_inferred")).toBe(label(figure.inferred.period));
      const source = content.sources.find((x) => x.id === salary.source);
      expect(col(row, "source_title_inferred")).toBe(label(source?.inferred.title));
    });
  });
}

test("the glossary JSON parses with the schema and lists the content's terms", async ({ request }) => {
  const response = await request.get(openDataFilePath(openDataFiles.glossary));
  expect(response.status()).toBe(200);
  const data = GlossaryDataSchema.parse(await response.json());
  // As content/glossaire.md writes them (its folded definitions end with no line break).
  const file = frontmatter("glossaire.md").terms as { id: string; definition: string; forms: string[] }[];
  expect(file.length).toBeGreaterThan(10);
  expect(plain(data.terms.map((t) => [t.id, t.definition, t.forms]))).toEqual(file.map((t) => [t.id, t.definition.trim(), t.forms]));
  for (const t of data.terms) expect(t.path).toBe(`${glossaryPath}#${t.id}`);
});

test("the open data page links every file, and is linked from the sources page and every footer", async ({ page, request }) => {
  await page.goto(openDataPath);
  const files = [
    ...content.occupations.flatMap((r) => [openDataFiles.occupationFacts(r.slug), openDataFiles.occupationSalaries(r.slug)]),
    openDataFiles.glossary,
  ];
  for (const name of files) {
    const link = page.locator(`main a[href="${openDataFilePath(name)}"]`).first();
    await expect(link).toBeVisible();
    expect((await request.get(openDataFilePath(name))).status()).toBe(200);
  }
  for (const c of salaryColumns) await expect(page.locator("main table")).toContainText(c.name);
  await expect(page.locator("main")).toContainText("CC-BY-4.0");
  await expect(page.locator(`footer a[href="${openDataPath}"]`)).toHaveCount(1);
  await page.goto(sourcesPath);
  await expect(page.locator(`main a[href="${openDataPath}"]`)).not.toHaveCount(0);
});
