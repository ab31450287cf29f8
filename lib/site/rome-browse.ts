import type { ReferentialIndex } from "@/lib/domain/referential";
import type { FicheLink } from "@/lib/site/rome-view";
import { domainPath, interestPath, romeFichePath, titlesLetterPath } from "@/lib/site/routes";

/** What the browse pages (domains, centres d'intérêt, A–Z) list, as links: computed from the referential they are given. */

const ficheLink = (f: { code: string; title: string }): FicheLink => ({ code: f.code, title: f.title, path: romeFichePath(f.code) });

/** Every grand domaine with its domaines professionnels and their counts. */
export function domainsOverview(rome: ReferentialIndex) {
  return rome.referential.grandDomains.map((g) => ({
    code: g.code,
    label: g.label,
    path: domainPath(g.code),
    domains: rome
      .domainsOf(g.code)
      .map((d) => ({ code: d.code, label: d.label, path: domainPath(g.code, d.code), count: rome.fichesOfDomain(d.code).length })),
  }));
}

/** A domaine professionnel's fiches: métier fiches, each followed by its emplois in the same domain. */
export function domainFiches(rome: ReferentialIndex, domain: string): (FicheLink & { emplois: FicheLink[] })[] {
  const fiches = rome.fichesOfDomain(domain);
  const here = new Set(fiches.map((f) => f.code));
  return fiches
    .filter((f) => f.parent === f.code || !here.has(f.parent))
    .map((f) => ({
      ...ficheLink(f),
      emplois:
        f.parent === f.code
          ? rome
              .emplois(f.code)
              .filter((e) => here.has(e.code))
              .map(ficheLink)
          : [],
    }));
}

/** The fiches of a centre d'intérêt: its main ones, then the others. */
export function interestFiches(rome: ReferentialIndex, code: string) {
  const all = rome.fichesOfInterest(code);
  return {
    main: all.filter((x) => x.principal).map((x) => ficheLink(x.fiche)),
    others: all.filter((x) => !x.principal).map((x) => ficheLink(x.fiche)),
  };
}

export function interestsOverview(rome: ReferentialIndex) {
  return rome.interests.map((i) => ({ label: i.label, path: interestPath(i.slug), count: rome.fichesOfInterest(i.code).length }));
}

/** The A–Z pages as a table of contents: letter, part and range. */
export function titlesLetters(rome: ReferentialIndex) {
  return rome.titlesPages.map((p) => ({
    key: p.key,
    letter: p.letter.toUpperCase(),
    part: p.part,
    parts: p.parts,
    first: p.first,
    last: p.last,
    count: p.titles.length,
    path: titlesLetterPath(p.key),
  }));
}

/** One A–Z page: each title with its fiche (the fiche's own title when the title is a synonym). */
export function titlesPage(rome: ReferentialIndex, key: string) {
  const page = rome.titlesPages.find((p) => p.key === key);
  if (!page) return undefined;
  return {
    ...page,
    titles: page.titles.map((t) => {
      const fiche = rome.fiche(t.code);
      return { label: t.label, code: t.code, path: romeFichePath(t.code), fiche: t.principal ? undefined : fiche?.title };
    }),
  };
}
