// French typography, applied where text is made: a no-break space before « : », a narrow no-break space before
// « ; ! ? », and no-break spaces inside « guillemets », wherever the text already has a space there. The content
// loader spaces every frontmatter string, the markdown pipeline every body (`rehypeFrenchSpacing`), the referential
// loader every ROME text, and code that builds a sentence from literals passes it through `fr`. The post-export
// step only checks the result: a page with a breakable space before « : » fails the build.
const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** Returns the text with the spaces before French high punctuation made unbreakable. */
export function frenchSpacing(text: string): string {
  if (!/[ \u00A0\u202F][:;!?»]|«[ \u00A0\u202F]/.test(text)) return text;
  return text
    .replace(/[ \u00A0\u202F]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]+»/g, `${NBSP}»`);
}

/**
 * A sentence built in code, spaced the French way: fr`${label} : ${value}`, or fr("Salaire : ") for a plain string.
 * Interpolated values are spaced too, so a label next to its colon never breaks across lines.
 */
export function fr(text: TemplateStringsArray | string, ...values: readonly unknown[]): string {
  if (typeof text === "string") return frenchSpacing(text);
  return frenchSpacing(text.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ""), ""));
}

/** Every string inside `value` (objects and arrays walked), spaced the French way; other values as they are. */
export function spacedStrings<T>(value: T): T {
  if (typeof value === "string") return frenchSpacing(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => spacedStrings(v)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spacedStrings(v)])) as T;
  return value;
}

/** Elements whose text is not prose: never spaced, never checked. */
export const skipTypography = new Set(["script", "style", "code", "pre", "kbd", "samp", "textarea"]);
