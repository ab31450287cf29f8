// Two ROME fiches side by side, from their open data (/donnees/rome/<code>.json): a pure function, imported by
// /scripts/comparer.js and by the unit tests. Items are matched by their ROME id (code OGR), never by their label.

/** `{ shared, onlyA, onlyB }` of two lists of `{ id, label }`, each id once, in each list's own order. */
export function splitById(a = [], b = []) {
  const uniq = (list) => [...new Map(list.map((x) => [x.id, x])).values()];
  const ua = uniq(a);
  const ub = uniq(b);
  const inA = new Set(ua.map((x) => x.id));
  const inB = new Set(ub.map((x) => x.id));
  return { shared: ua.filter((x) => inB.has(x.id)), onlyA: ua.filter((x) => !inB.has(x.id)), onlyB: ub.filter((x) => !inA.has(x.id)) };
}

/** A fiche's RIASEC letters, major first. */
const riasec = (f) => [f.riasec?.major, f.riasec?.minor].filter(Boolean);

/** What two fiches (the `fiche` objects of their JSON files) share and where they differ. */
export function compareFiches(a, b) {
  const ra = riasec(a);
  const rb = riasec(b);
  return {
    knowHow: splitById(a.knowHow, b.knowHow),
    knowledge: splitById(a.knowledge, b.knowledge),
    softSkills: splitById(a.softSkills, b.softSkills),
    contexts: splitById(a.contexts, b.contexts),
    sameGrandDomain: a.grandDomain === b.grandDomain,
    sameDomain: a.domain === b.domain,
    riasec: { a: ra, b: rb, shared: ra.filter((l) => rb.includes(l)) },
    mobility: { aToB: (a.mobility ?? []).includes(b.code), bToA: (b.mobility ?? []).includes(a.code) },
  };
}

/**
 * The two occupations an address asks for, as typed: a fiche code (« m1855 ») or a job title (« boulangère »), each
 * `{ code }` or `{ title }`; `?metiers=A,B` (codes) or `?metiers=A&metiers=B` (a title may hold a comma).
 */
export function wantedOf(search) {
  return new URLSearchParams(search)
    .getAll("metiers")
    .flatMap((v) => (v.split(",").every((part) => /^\s*[A-N]\d{4}\s*$/i.test(part)) ? v.split(",") : [v]))
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, 2)
    .map((v) => (/^[A-N]\d{4}$/i.test(v) ? { code: v.toUpperCase() } : { title: v.slice(0, 80) }));
}

/** The fiche codes of an address: `?metiers=M1855,M1805` or `?metiers=M1855&metiers=M1805`, upper-cased, valid ones only. */
export function codesOf(search) {
  return new URLSearchParams(search)
    .getAll("metiers")
    .flatMap((v) => v.split(","))
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-N]\d{4}$/.test(c))
    .slice(0, 2);
}
