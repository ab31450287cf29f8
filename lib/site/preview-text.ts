/**
 * Text for preview images. next/og draws with the fonts it is given; a character they lack makes it
 * download a fallback font, and the build has no internet. So: a few known substitutions, then only
 * characters the Geist Latin subset covers, else a clear error naming the text.
 */
const substitutions: [RegExp, string][] = [
  [/[\u202F\u2009\u2007]/g, "\u00A0"], // Intl's narrow no-break spaces: a plain no-break space
  [/≈\s?/g, "env. "],
  [/→/g, "-"],
];

/** Basic Latin, Latin-1, œ/Œ, dashes, curly quotes, ellipsis, euro sign. */
const covered = /^[\u0020-\u007E\u00A0-\u00FF\u0152\u0153\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC]*$/;

const substituted = (text: string) => substitutions.reduce((t, [pattern, by]) => t.replace(pattern, by), text);

/** The characters of `text` the preview font lacks, once each, as « → (U+2192) ». The registry reports them by file. */
export function missingGlyphs(text: string): string[] {
  const out = substituted(text);
  if (covered.test(out)) return [];
  return [...new Set([...out].filter((c) => !covered.test(c)))].map(
    (c) => `« ${c} » (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")})`,
  );
}

/** The text as the preview image draws it. The registry has checked every page's preview text (missingGlyphs). */
export function previewText(text: string): string {
  const missing = missingGlyphs(text);
  if (missing.length) throw new Error(`preview image text "${text}" has characters the preview font lacks: ${missing.join(", ")}`);
  return substituted(text);
}
