import type { Content } from "@/lib/content/load";
import type { ReferentialIndex } from "@/lib/domain/referential";
import type { RomeFiche } from "@/lib/referential/model";
import { absoluteUrl } from "@/lib/site/config";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { domainPath, interestPath, romeFichePath, occupationPath } from "@/lib/site/routes";

/** Name and version of the format of `/donnees/rome/<code>.json`; the version changes when a field changes meaning. */
const romeDataFormat = "guide-des-metiers/fiche-rome@1";

/**
 * A ROME fiche as open data: the referential's fields as the site joined them (texts, titles, skills, contexts,
 * mobility…), the labels of the codes it refers to, and the source, version and licence in the file itself.
 */
export function romeFicheData(rome: ReferentialIndex, fiche: RomeFiche, content: Pick<Content, "occupations">) {
  const { version } = rome.referential;
  return {
    format: romeDataFormat,
    source: {
      name: "Répertoire opérationnel des métiers et des emplois (ROME 4.0)",
      publisher: "France Travail",
      version: version.number,
      published: version.published,
      licence: { id: "etalab-2.0", name: "Licence Ouverte 2.0", url: romeLinks.licence },
      dataset: romeLinks.dataset,
      credit: romeCredit(version),
      note: "Textes et listes du ROME tels que publiés (apostrophes doublées rétablies). Jointure des fichiers par ce guide.",
    },
    url: absoluteUrl(romeFichePath(fiche.code)),
    fiche,
    labels: {
      grand_domain: {
        code: fiche.grandDomain,
        label: rome.grandDomainLabel(fiche.grandDomain),
        url: absoluteUrl(domainPath(fiche.grandDomain)),
      },
      domain: { code: fiche.domain, label: rome.domainLabel(fiche.domain), url: absoluteUrl(domainPath(fiche.grandDomain, fiche.domain)) },
      parent: { code: fiche.parent, title: rome.fiche(fiche.parent)?.title ?? null },
      mobility: fiche.mobility.map((code) => ({ code, title: rome.fiche(code)?.title ?? null })),
      interests: fiche.interests.map((i) => {
        const interest = rome.interest(i.code);
        return { code: i.code, label: interest?.label ?? null, url: interest ? absoluteUrl(interestPath(interest.slug)) : null };
      }),
      sectors: fiche.sectors.map((s) => ({ code: s.code, label: rome.sectorLabel(s.code) ?? null })),
    },
    in_depth: content.occupations.flatMap((r) =>
      r.rome?.code === fiche.code ? [{ title: r.title, url: absoluteUrl(occupationPath(r.slug)) }] : [],
    ),
  };
}
