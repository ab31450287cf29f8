import { foldForSearch, type ReferentialIndex, searchFiller, searchKey, searchTitles } from "@/lib/domain/referential";

/**
 * The job-title index the search page loads, in shards: one file per search key (the first three letters of a word,
 * see `searchKey`), holding every title that has a word with that key. A query loads the shard of its longest word
 * and filters it in the browser (public/scripts/title-match.js), so typing « développeuse » costs a few KB.
 */
export interface TitleShard {
  /** Code → the fiche's own title, for every fiche a title of the shard belongs to. */
  fiches: Record<string, string>;
  /** [title, code] for the titles of the shard that are not their fiche's own. */
  titles: [string, string][];
}

export function titleSearchShards(rome: ReferentialIndex | undefined): Map<string, TitleShard> {
  const shards = new Map<string, TitleShard>();
  if (!rome) return shards;
  for (const t of searchTitles(rome.referential)) {
    const keys = new Set(
      foldForSearch(t.label)
        .split(" ")
        .filter((w) => w && !searchFiller.has(w))
        .map(searchKey),
    );
    for (const key of keys) {
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = { fiches: {}, titles: [] }));
      shard.fiches[t.code] = rome.fiche(t.code)?.title ?? t.label;
      if (!t.principal) shard.titles.push([t.label, t.code]);
    }
  }
  return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}
