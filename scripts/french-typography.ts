// French typography on the text of built pages: a no-break space before « : » and a narrow no-break space
// before « ; ! ? », and inside « guillemets », where the text already has a space there. Applied once, after
// export, so every text (markdown, frontmatter, components) follows it without each author remembering.
const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** Returns the text with the spaces before French high punctuation made unbreakable. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]+»/g, `${NBSP}»`);
}

/** Elements whose text is not prose. */
export const skipTypography = new Set(["script", "style", "code", "pre", "kbd", "samp", "textarea"]);
