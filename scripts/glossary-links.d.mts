import type { Element, Root } from "hast";

/** A glossary term as /donnees/glossaire.json gives it (the fields the linker reads). */
export interface LinkableTerm {
  id: string;
  path: string;
  definition: string;
  forms: string[];
  case_sensitive: boolean;
}
export function glossaryMatcher(terms: readonly LinkableTerm[]): { regex: RegExp; termOf(match: RegExpMatchArray): LinkableTerm } | null;
export function linkGlossaryTerms(root: Element | Root, terms: readonly LinkableTerm[], used?: Set<string>): string[];
