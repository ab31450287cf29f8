import type { Content } from "@/lib/content/load";
import type { ReferentialIndex } from "@/lib/domain/referential";
import { romeFicheData } from "@/lib/site/open-data-rome";
import type { Registry, SitePage } from "@/lib/site/registry";
import { domainFiches, domainsOverview, interestFiches, interestsOverview, titlesLetters, titlesPage } from "@/lib/site/rome-browse";
import { romeFicheView } from "@/lib/site/rome-view";
import { romeDataPath } from "@/lib/site/rome-view";
import { pageFile } from "@/lib/site/outputs";

/**
 * What each page made from the referential shows, besides the layout (guide-wide content) and the code: the same
 * values its route passes to its components. The build keeps each page's finished files under a hash of these
 * (scripts/output-cache.ts), so a change to one fiche re-renders that fiche and the pages that show something of it,
 * not 1,800 pages. A page that reads more than this fails the build's cache check.
 */
function inputsOf(rome: ReferentialIndex, content: Content, registry: Registry, page: SitePage): unknown {
  const p = page.params;
  switch (page.kind) {
    case "rome-fiche": {
      const fiche = rome.fiche((p.fiche ?? "").toUpperCase());
      return fiche ? { view: romeFicheView(rome, fiche, content), data: romeFicheData(rome, fiche, content) } : null;
    }
    case "domains":
      return domainsOverview(rome);
    case "grand-domain":
      return rome.domainsOf((p.grand ?? "").toUpperCase()).map((d) => ({ d, fiches: domainFiches(rome, d.code) }));
    case "domain":
      return domainFiches(rome, (p.domaine ?? "").toUpperCase());
    case "interests":
      return interestsOverview(rome);
    case "interest": {
      const interest = rome.interests.find((i) => i.slug === p.interet);
      return interest ? { interest, fiches: interestFiches(rome, interest.code) } : null;
    }
    case "titles-index":
      return titlesLetters(rome);
    case "titles-letter":
      return { list: titlesPage(rome, p.lettre ?? ""), letters: titlesLetters(rome) };
    // Filled in the browser: the page itself shows the credit (the referential's version) and, for the comparison,
    // links to the in-depth pair pages.
    case "compare-fiches":
      return {
        version: rome.referential.version,
        pairs: registry.pages.filter((q) => q.kind === "compare-pair").map((q) => [q.path, q.title]),
      };
    case "shortlist":
      return rome.referential.version;
    default:
      // A kind this file does not know: everything it could read.
      return rome.referential;
  }
}

/** Each referential page's inputs (with the page's own description: titles, trail, image, citations) and its files. */
export function referentialUnits(rome: ReferentialIndex, content: Content, registry: Registry) {
  return registry.pages
    .filter((page) => page.referential)
    .map((page) => {
      const files = [pageFile(page.path), ...(page.ownImage ? [page.image.slice(1)] : [])];
      if (page.kind === "rome-fiche" && page.params.fiche) files.push(romeDataPath(page.params.fiche).slice(1));
      return { path: page.path, kind: page.kind, inputs: JSON.stringify({ page, inputs: inputsOf(rome, content, registry, page) }), files };
    });
}
