import type { Content } from "@/lib/content/load";
import type { ReferentialIndex } from "@/lib/domain/referential";
import type { RomeFiche } from "@/lib/referential/model";
import { count } from "@/lib/site/french";
import { fit, shorten } from "@/lib/site/fit-text";
import type { PageSpec } from "@/lib/site/page-spec";
import {
  compareFichesPath,
  domainPath,
  domainsPath,
  homePath,
  interestPath,
  interestsPath,
  romeFichePath,
  shortlistPath,
  titlesIndexPath,
  titlesLetterPath,
} from "@/lib/site/routes";

/**
 * The kinds of page made from the national referential (ROME 4.0, France Travail): one page per fiche, the ways in
 * by domain, by centre d'intérêt and by job title (A–Z). Each kind says here what its pages are called and how
 * they describe themselves; the registry (registry.ts) adds them to the site's page list.
 */

/** Search engines show about 60 characters of a title; 160 of a description. */
const titleMax = 60;
const descriptionMax = 160;

/** « Métiers de A à Z », the directory group of every page made from the referential. */
const romeGroup = "Les fiches du ROME";

/** What every page made from the referential shares. */
const romePage = { type: "article" as const, sources: [], referential: true, inDirectory: false, group: romeGroup };

/** The shared preview card of a grand domaine, drawn once for its page and shown by every fiche under it. */
const grandDomainImage = (letter: string) => domainPath(letter);

const ficheKind = {
  key: "rome-fiche" as const,
  route: "app/fiches/[fiche]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.fiches.map((fiche: RomeFiche) => {
      const titles = count(fiche.titles.length, "intitulé", "intitulés");
      return {
        ...romePage,
        path: romeFichePath(fiche.code),
        params: { fiche: fiche.code.toLowerCase() },
        // The code makes every title unique, and tells a counsellor which fiche it is.
        title: `${shorten(fiche.title, titleMax - ` (${fiche.code})`.length)} (${fiche.code})`,
        heading: fiche.title,
        eyebrow: `Fiche ROME ${fiche.code}`,
        label: fiche.title,
        crumb: fiche.title,
        parent: domainPath(fiche.grandDomain, fiche.domain),
        description: fit(
          [
            `${fiche.title} (fiche ROME ${fiche.code}) : le métier, l'accès, les compétences, les conditions de travail et les métiers proches, selon France Travail.`,
            `${fiche.title} (${fiche.code}) : le métier, l'accès, les compétences et les métiers proches, selon France Travail.`,
            `Fiche ROME ${fiche.code} : le métier, ses ${titles}, l'accès, les compétences, les conditions de travail et les métiers proches, selon France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: grandDomainImage(fiche.grandDomain),
        preview: { eyebrow: `Fiche ROME ${fiche.code}`, heading: fiche.title, figures: [] },
      };
    }),
};

const domainsIndexKind = {
  key: "domains" as const,
  route: "app/domaines/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: domainsPath,
      params: {},
      title: "Les métiers par domaine",
      heading: "Les métiers par domaine",
      label: "Les métiers par domaine",
      crumb: "Domaines",
      parent: homePath,
      description: `Les ${rome.referential.fiches.length} fiches métiers du ROME rangées en ${rome.referential.grandDomains.length} grands domaines et ${rome.referential.domains.length} domaines professionnels, d'après France Travail.`,
      preview: {
        eyebrow: "Les métiers par domaine",
        heading: `${rome.referential.grandDomains.length} grands domaines`,
        figures: [{ value: count(rome.referential.fiches.length, "fiche métier", "fiches métiers"), label: "du ROME de France Travail" }],
      },
    },
  ],
};

const grandDomainKind = {
  key: "grand-domain" as const,
  route: "app/domaines/[grand]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.grandDomains.map((g) => {
      const domains = rome.domainsOf(g.code);
      const fiches = domains.reduce((n, d) => n + rome.fichesOfDomain(d.code).length, 0);
      const counts = `${count(fiches, "fiche métier", "fiches métiers")} en ${count(domains.length, "domaine professionnel", "domaines professionnels")}`;
      return {
        ...romePage,
        path: domainPath(g.code),
        params: { grand: g.code.toLowerCase() },
        title: fit([`Métiers : ${g.label}`], titleMax),
        heading: g.label,
        eyebrow: `Grand domaine ${g.code}`,
        label: g.label,
        crumb: g.label,
        parent: domainsPath,
        description: fit(
          [
            `${g.label} : ${counts}, chacune avec son métier, son accès et ses compétences, d'après le ROME de France Travail.`,
            `Grand domaine ${g.code} du ROME : ${counts}, chacune avec son métier, son accès et ses compétences, d'après France Travail.`,
          ],
          descriptionMax,
        ),
        preview: {
          eyebrow: `Fiches métiers · grand domaine ${g.code}`,
          heading: g.label,
          figures: [
            {
              value: count(fiches, "fiche", "fiches"),
              label: `en ${count(domains.length, "domaine professionnel", "domaines professionnels")}, ROME 4.0`,
            },
          ],
        },
      };
    }),
};

const domainKind = {
  key: "domain" as const,
  route: "app/domaines/[grand]/[domaine]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.referential.domains.map((d) => {
      const letter = d.code.charAt(0);
      const n = count(rome.fichesOfDomain(d.code).length, "fiche métier", "fiches métiers");
      return {
        ...romePage,
        path: domainPath(letter, d.code),
        params: { grand: letter.toLowerCase(), domaine: d.code.toLowerCase() },
        title: `${shorten(d.label, titleMax - ` (${d.code})`.length)} (${d.code})`,
        heading: d.label,
        eyebrow: `Domaine professionnel ${d.code}`,
        label: d.label,
        crumb: d.label,
        parent: domainPath(letter),
        description: fit(
          [
            `${d.label} (domaine professionnel ${d.code}) : ${n}, avec leur métier, leur accès et leurs compétences, d'après le ROME de France Travail.`,
            `Domaine professionnel ${d.code} du ROME : ${n}, avec leur métier, leur accès et leurs compétences, d'après France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: grandDomainImage(letter),
        preview: { eyebrow: `Domaine professionnel ${d.code}`, heading: d.label, figures: [] },
      };
    }),
};

const interestsIndexKind = {
  key: "interests" as const,
  route: "app/interets/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: interestsPath,
      params: {},
      title: "Les métiers par centre d'intérêt",
      heading: "Ce que j'aime faire",
      label: "Les métiers par centre d'intérêt",
      crumb: "Centres d'intérêt",
      parent: homePath,
      description: `${count(rome.interests.length, "centre d'intérêt", "centres d'intérêt")} (« J'aime le travail manuel », « Je souhaite transmettre »…) et les métiers qui y répondent, d'après le ROME de France Travail.`,
      preview: {
        eyebrow: "Les métiers par centre d'intérêt",
        heading: "Ce que j'aime faire",
        figures: [{ value: count(rome.interests.length, "centre d'intérêt", "centres d'intérêt"), label: "du ROME de France Travail" }],
      },
    },
  ],
};

const interestKind = {
  key: "interest" as const,
  route: "app/interets/[interet]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.interests.map((i) => {
      const n = count(rome.fichesOfInterest(i.code).length, "métier", "métiers");
      return {
        ...romePage,
        path: interestPath(i.slug),
        params: { interet: i.slug },
        title: fit([`${i.label} : les métiers`, i.label], titleMax),
        heading: i.label,
        eyebrow: "Centre d'intérêt",
        label: i.label,
        crumb: i.label,
        parent: interestsPath,
        description: fit(
          [
            `« ${i.label} » : ${n} qui y répondent, chacun avec sa fiche (le métier, l'accès, les compétences), d'après le ROME de France Travail.`,
            `Ce centre d'intérêt : ${n} qui y répondent, chacun avec sa fiche (le métier, l'accès, les compétences), d'après le ROME.`,
          ],
          descriptionMax,
        ),
        // One card for every centre d'intérêt: the index's (drawing 30 more cards would cost more than it tells).
        previewOf: interestsPath,
        preview: { eyebrow: "Centre d'intérêt", heading: i.label, figures: [] },
      };
    }),
};

const titlesIndexKind = {
  key: "titles-index" as const,
  route: "app/metiers-a-z/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] => {
    const titles = rome.referential.fiches.reduce((n, f) => n + f.titles.length, 0);
    return [
      {
        ...romePage,
        inDirectory: true,
        group: undefined,
        path: titlesIndexPath,
        params: {},
        title: "Les métiers de A à Z",
        heading: "Les métiers de A à Z",
        label: "Les métiers de A à Z",
        crumb: "Métiers de A à Z",
        parent: homePath,
        description: `Les ${count(titles, "intitulé", "intitulés")} d'emploi du ROME, de A à Z, chacun relié à sa fiche métier : le bon point de départ sans moteur de recherche.`,
        preview: {
          eyebrow: "Les métiers de A à Z",
          heading: "Tous les intitulés d'emploi",
          figures: [
            {
              value: count(titles, "intitulé", "intitulés"),
              label: `pour ${count(rome.referential.fiches.length, "fiche", "fiches")} du ROME`,
            },
          ],
        },
      },
    ];
  },
};

const titlesLetterKind = {
  key: "titles-letter" as const,
  route: "app/metiers-a-z/[lettre]/page.rome.tsx",
  pages: (rome: ReferentialIndex): PageSpec[] =>
    rome.titlesPages.map((p) => {
      const letter = p.letter.toUpperCase();
      const name = p.parts > 1 ? `${letter} (${p.part} sur ${p.parts})` : letter;
      const n = count(p.titles.length, "intitulé", "intitulés");
      return {
        ...romePage,
        path: titlesLetterPath(p.key),
        params: { lettre: p.key },
        title: `Métiers en ${name}`,
        heading: `Les métiers en ${name}`,
        eyebrow: "Les métiers de A à Z",
        label: `Métiers en ${name}`,
        crumb: name,
        parent: titlesIndexPath,
        description: fit(
          [
            `${n} d'emploi en ${letter}, de « ${p.first} » à « ${p.last} », chacun relié à sa fiche métier du ROME.`,
            `${n} d'emploi en ${letter}${p.parts > 1 ? `, partie ${p.part} sur ${p.parts}` : ""}, chacun relié à sa fiche métier du ROME de France Travail.`,
          ],
          descriptionMax,
        ),
        previewOf: titlesIndexPath,
        preview: { eyebrow: "Les métiers de A à Z", heading: `Les métiers en ${name}`, figures: [] },
      };
    }),
};

/** Any two fiches side by side: one page, filled by its script from the two fiches' open data (`?metiers=A,B`). */
const compareFichesKind = {
  key: "compare-fiches" as const,
  route: "app/comparer/page.rome.tsx",
  pages: (): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: compareFichesPath,
      params: {},
      title: "Comparer deux métiers",
      heading: "Comparer deux métiers",
      label: "Comparer deux métiers",
      crumb: "Comparer",
      parent: homePath,
      description:
        "Deux fiches métiers du ROME côte à côte : savoir-faire et savoirs en commun, accès, conditions de travail, domaines, profil RIASEC et mobilité.",
      preview: { eyebrow: "Les fiches du ROME", heading: "Comparer deux métiers", figures: [] },
    },
  ],
};

/** The fiches a reader kept: stored on the device (localStorage), listed by the page's script. */
const shortlistKind = {
  key: "shortlist" as const,
  route: "app/mes-metiers/page.rome.tsx",
  pages: (): PageSpec[] => [
    {
      ...romePage,
      inDirectory: true,
      group: undefined,
      path: shortlistPath,
      params: {},
      title: "Mes métiers",
      heading: "Mes métiers",
      label: "Mes métiers",
      crumb: "Mes métiers",
      parent: homePath,
      description:
        "Les fiches métiers que vous avez gardées, sur cet appareil seulement : à relire, même sans réseau, et à comparer deux par deux.",
      preview: { eyebrow: "Les fiches du ROME", heading: "Mes métiers", figures: [] },
    },
  ],
};

/** Every kind of page made from the referential, in the sitemap's order. */
const referentialKinds = [
  domainsIndexKind,
  grandDomainKind,
  domainKind,
  interestsIndexKind,
  interestKind,
  titlesIndexKind,
  titlesLetterKind,
  ficheKind,
  compareFichesKind,
  shortlistKind,
] as const satisfies readonly ReferentialKind<string>[];

/** The key of each kind of page made from the referential. */
export type ReferentialKindKey = (typeof referentialKinds)[number]["key"];

/** A kind of page made from the referential: its key, its route, and its pages. */
export interface ReferentialKind<K extends string = ReferentialKindKey> {
  key: K;
  route: string;
  pages: (rome: ReferentialIndex, content: Content) => PageSpec[];
}

/** The kinds, each seen through the common shape (their `pages` take what they need of the same arguments). */
export const referentialKindList: readonly ReferentialKind[] = referentialKinds;
