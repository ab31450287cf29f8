/**
 * Text built from data fits its budget by construction (a search result shows about 60 characters of a title and
 * 160 of a description): the longest wording that fits wins, and the last is shortened at a word when none does.
 */

/** `text` cut at a word boundary so that it fits in `max` characters with its ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const atWord = cut.replace(/[\s,;:/'’(-]+[^\s,;:/'’(-]*$/u, "");
  return `${(atWord.length >= max / 2 ? atWord : cut).trimEnd()}…`;
}

/** The first wording that fits in `max` characters, else the last one shortened. */
export function fit(candidates: readonly [string, ...string[]], max: number): string {
  const fits = candidates.find((c) => [...c].length <= max);
  return fits ?? shorten(candidates[candidates.length - 1] ?? candidates[0], max);
}
