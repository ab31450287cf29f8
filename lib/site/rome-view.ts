import type { Content } from "@/lib/content/load";
import { groupContexts, groupSkills, type ReferentialIndex } from "@/lib/domain/referential";
import type { RomeFiche, RomeSkill } from "@/lib/referential/model";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { domainPath, interestPath, romeFichePath, occupationPath } from "@/lib/site/routes";

/**
 * What a ROME fiche's page shows, computed from the referential and the content it is given: links resolved to
 * titles and addresses, skills and contexts grouped. The page's components receive this and nothing else.
 */

/** A link to another fiche. */
export interface FicheLink {
  code: string;
  title: string;
  path: string;
}

export interface RomeFicheView {
  fiche: Pick<RomeFiche, "code" | "title" | "definition" | "access" | "titles" | "riasec" | "tags">;
  credit: string;
  links: typeof romeLinks;
  grandDomain: { code: string; label: string; path: string };
  domain: { code: string; label: string; path: string };
  /** The « métier » fiche this one is an emploi of, when it is one. */
  parent: FicheLink | undefined;
  /** The emplois of this métier fiche, or the other emplois of its métier. */
  emplois: FicheLink[];
  mobility: FicheLink[];
  knowHow: { group: string | null; items: RomeSkill[] }[];
  softSkills: RomeSkill[];
  knowledge: { group: string | null; items: RomeSkill[] }[];
  contexts: { type: string; labels: string[] }[];
  sectors: string[];
  interests: { label: string; path: string; principal: boolean }[];
  /** The guide's own, in-depth fiches about this one (an occupation of content/ that names this code). */
  inDepth: { title: string; path: string; appellation: string }[];
  /** This fiche's open data file. */
  data: string;
}

/** The open data file of a ROME fiche. */
export const romeDataPath = (code: string) => `/donnees/rome/${code.toLowerCase()}.json`;

const link = (rome: ReferentialIndex, code: string): FicheLink[] => {
  const f = rome.fiche(code);
  return f ? [{ code: f.code, title: f.title, path: romeFichePath(f.code) }] : [];
};

export function romeFicheView(rome: ReferentialIndex, fiche: RomeFiche, content: Pick<Content, "occupations">): RomeFicheView {
  const isEmploi = fiche.parent !== fiche.code;
  const emplois = (isEmploi ? rome.emplois(fiche.parent).filter((e) => e.code !== fiche.code) : rome.emplois(fiche.code)).flatMap((e) =>
    link(rome, e.code),
  );
  return {
    fiche,
    credit: romeCredit(rome.referential.version),
    links: romeLinks,
    grandDomain: { code: fiche.grandDomain, label: rome.grandDomainLabel(fiche.grandDomain), path: domainPath(fiche.grandDomain) },
    domain: { code: fiche.domain, label: rome.domainLabel(fiche.domain), path: domainPath(fiche.grandDomain, fiche.domain) },
    parent: isEmploi ? link(rome, fiche.parent)[0] : undefined,
    emplois,
    mobility: fiche.mobility.flatMap((code) => link(rome, code)),
    knowHow: groupSkills(fiche.knowHow),
    softSkills: fiche.softSkills,
    knowledge: groupSkills(fiche.knowledge),
    contexts: groupContexts(fiche),
    sectors: fiche.sectors.flatMap((s) => rome.sectorLabel(s.code) ?? []),
    interests: fiche.interests.flatMap((i) => {
      const interest = rome.interest(i.code);
      return interest ? [{ label: interest.label, path: interestPath(interest.slug), principal: i.principal }] : [];
    }),
    inDepth: content.occupations.flatMap((r) =>
      r.rome?.code === fiche.code ? [{ title: r.title, path: occupationPath(r.slug), appellation: r.rome.appellation }] : [],
    ),
    data: romeDataPath(fiche.code),
  };
}

/** What an in-depth occupation's page shows of the ROME fiche it names: the fiche, its work contexts, related fiches. */
export interface RomeSummary {
  code: string;
  title: string;
  path: string;
  appellation: string;
  contexts: { type: string; labels: string[] }[];
  mobility: FicheLink[];
  credit: string;
  links: typeof romeLinks;
}

export function romeSummary(rome: ReferentialIndex, link: { code: string; appellation: string }): RomeSummary | undefined {
  const fiche = rome.fiche(link.code);
  if (!fiche) return undefined;
  return {
    code: fiche.code,
    title: fiche.title,
    path: romeFichePath(fiche.code),
    appellation: link.appellation,
    contexts: groupContexts(fiche),
    mobility: fiche.mobility.flatMap((code) =>
      rome.fiche(code) ? [{ code, title: rome.fiche(code)?.title ?? code, path: romeFichePath(code) }] : [],
    ),
    credit: romeCredit(rome.referential.version),
    links: romeLinks,
  };
}
