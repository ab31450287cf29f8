import type { GlossaryTerm } from "@/lib/content/schema";
import { slugify } from "@/lib/content/slug";

/** Terms under their initial letter, in French alphabetical order ("Échelle" under E). */
export function glossaryByLetter(terms: readonly GlossaryTerm[]): { letter: string; id: string; terms: GlossaryTerm[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, "fr", { sensitivity: "base" }));
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of sorted) {
    const letter = (slugify(term.term).charAt(0) || "#").toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, list]) => ({ letter, id: `lettre-${letter.toLowerCase()}`, terms: list }));
}
