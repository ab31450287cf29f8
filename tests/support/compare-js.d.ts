// Types of public/scripts/compare.js for the unit tests (the project's TypeScript does not read JavaScript). Kept
// here, not beside the script: everything in public/ is published.
declare module "@/public/scripts/compare.js" {
  interface Item {
    id: string;
    label: string;
  }
  interface Split<T> {
    shared: T[];
    onlyA: T[];
    onlyB: T[];
  }
  interface Fiche {
    code: string;
    grandDomain: string;
    domain: string;
    knowHow: Item[];
    knowledge: Item[];
    softSkills: Item[];
    contexts: Item[];
    mobility: string[];
    riasec: { major: string; minor: string | null };
  }
  export function splitById<T extends Item>(a?: T[], b?: T[]): Split<T>;
  export function compareFiches(
    a: Fiche,
    b: Fiche,
  ): {
    knowHow: Split<Item>;
    knowledge: Split<Item>;
    softSkills: Split<Item>;
    contexts: Split<Item>;
    sameGrandDomain: boolean;
    sameDomain: boolean;
    riasec: { a: string[]; b: string[]; shared: string[] };
    mobility: { aToB: boolean; bToA: boolean };
  };
  export function codesOf(search: string): string[];
  export function wantedOf(search: string): ({ code: string } | { title: string })[];
}
