// Matching job titles to a query, shared by the search page and its tests: accents, case, punctuation and gender
// forms do not matter (« developpeuse back end » finds « Développeur / Développeuse back-end »), every word of the
// query must start a word of the title, and the closest titles come first.

/** « Développeuse back-end » → « developpeuse back end ». */
export const fold = (text) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Words too common to narrow a search (« de », « la »…): ignored in the query (the same list as lib/domain/referential.ts). */
export const filler = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux", "un", "une"]);

/** The words of a query that count. */
export const queryWords = (query) =>
  fold(query)
    .split(" ")
    .filter((w) => w && !filler.has(w));

/**
 * The shard of the index to load for a query: the first three letters of its longest word (/recherche/intitules/dev.json),
 * or undefined when the query has no word that counts.
 */
export function shardKey(query) {
  const longest = queryWords(query).sort((a, b) => b.length - a.length)[0];
  return longest?.slice(0, 3);
}

/** The words of a title, each of its gender forms apart: « Boulanger / Boulangère » → [["boulanger"], ["boulangere"]]. */
const forms = (label) => label.split(" / ").map((part) => fold(part).split(" ").filter(Boolean));

/**
 * A shard of the index prepared for matching: each title with its folded words. `data` is one
 * /recherche/intitules/<key>.json: { fiches: { code: title }, titles: [[title, code], …] }.
 */
export function prepare(data) {
  const entries = [];
  for (const [code, title] of Object.entries(data.fiches)) entries.push({ label: title, code, principal: true });
  for (const [label, code] of data.titles) entries.push({ label, code, principal: false });
  for (const e of entries) {
    e.forms = forms(e.label);
    e.words = [...new Set(e.forms.flat())];
  }
  return { entries, fiches: data.fiches };
}

/**
 * The best fiches for `query`, at most `limit`: each with its fiche title, code, and the title that matched when it
 * is not the fiche's own. A title matches when every query word starts one of its words; among matches, a title
 * whose gender form has fewer words beyond the query comes first, then the fiche's own title, then the shorter.
 */
export function searchTitles(index, query, limit = 10) {
  const words = queryWords(query);
  if (!words.length) return [];
  const best = new Map();
  for (const e of index.entries) {
    if (!words.every((w) => e.words.some((t) => t.startsWith(w)))) continue;
    // The gender form that holds most of the query, and how many of its words the query leaves out.
    let extra = Infinity;
    for (const form of e.forms) {
      const meaningful = form.filter((t) => !filler.has(t));
      const hit = meaningful.filter((t) => words.some((w) => t.startsWith(w))).length;
      const exact = words.filter((w) => meaningful.includes(w)).length;
      extra = Math.min(extra, (meaningful.length - hit) * 10 - exact);
    }
    const score = [extra, e.principal ? 0 : 1, e.label.length];
    const kept = best.get(e.code);
    if (!kept || compare(score, kept.score) < 0) best.set(e.code, { e, score });
  }
  return [...best.values()]
    .sort((a, b) => compare(a.score, b.score))
    .slice(0, limit)
    .map(({ e }) => ({ code: e.code, fiche: index.fiches[e.code], matched: e.principal ? undefined : e.label }));
}

const compare = (a, b) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** The fiche a typed title names: the best answer from the shard of its longest word (/recherche/intitules/<key>.json), or null. */
export async function ficheOfTitle(title) {
  const key = shardKey(title);
  const response = key && (await fetch(`/recherche/intitules/${encodeURIComponent(key)}.json`));
  if (!response || response.status === 404) return null;
  if (!response.ok) throw new Error(String(response.status));
  const [best] = searchTitles(prepare(await response.json()), title, 1);
  return best ? { code: best.code, title: best.fiche } : null;
}
