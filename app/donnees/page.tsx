import type { Metadata } from "next";
import { Heading } from "@/components/heading";
import { PageHeader } from "@/components/page-header";
import { GlossaryScope } from "@/components/glossary-scope";
import { getContent, getReferential, getRegistry, glossaryTerms } from "@/app/_lib/content";
import { romeDataPath } from "@/lib/site/rome-view";
import { romeCredit, romeLinks } from "@/lib/site/rome-credit";
import { formatDay } from "@/lib/site/format";
import { metadataFor } from "@/lib/site/metadata";
import { licence, OccupationDataSchema, salaryColumns } from "@/lib/site/open-data";
import { openDataFilePath, openDataFiles, openDataPath, occupationPath, sourcesPath } from "@/lib/site/routes";
import { absoluteUrl, isLocalUrl, site } from "@/lib/site/config";

export function generateMetadata(): Metadata {
  return metadataFor(getRegistry().get(openDataPath));
}

/** What each key of the JSON holds; the keys themselves come from the schema, so a new key shows up here. */
const jsonDocs: Record<string, string> = {
  format: "Nom et version du format ; la version change si un champ change de sens.",
  licence: "La licence des données (identifiant SPDX, nom, adresse).",
  url: "La page du métier sur le site.",
  slug: "Identifiant du métier, celui de son adresse.",
  role: "Le métier : titre, résumé, date de mise à jour (updated), autres appellations, contexte et difficultés. Dans role, training, career et countries, le champ added réunit nos ajouts « hors sources » (connaissances générales, sans source).",
  missions: "Les missions (items) et les phases du travail (phases).",
  skills: "Les compétences techniques (technical) et les savoir-être (interpersonal), avec leurs exemples.",
  training: "Les voies de formation (paths) que citent les sources.",
  career: "Les évolutions de carrière : les postes (roles), le point de départ (start) et les étapes (paths, de from vers to).",
  salaries:
    "Les chiffres de salaire par pays, tels que la source les donne : devise, période, brut ou net, expérience. Un champ que nous avons déduit figure dans inferred (nom du champ → pourquoi), au niveau du fichier (le pays) ou du chiffre (la période).",
  countries: "Les pays concernés, leur devise et, s'il y a lieu, le taux de conversion en euros qu'une source indique.",
  sources:
    "Les sources citées par les champs sources, avec la page du site qui les décrit ; inferred liste les champs qui sont de nous (un titre descriptif, le type de document) et pourquoi.",
  salaries_csv: "L'adresse du fichier CSV des salaires du même métier.",
};

export default function OpenDataPage() {
  const { occupations } = getContent();
  const rome = getReferential();
  const jsonKeys = Object.keys(OccupationDataSchema.shape);
  const example = occupations[0];
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <div className="space-y-10">
        <PageHeader
          page={getRegistry().get(openDataPath)}
          lead={
            <p>
              Les faits de chaque fiche sont publiés sous forme de fichiers, pour les conseillers, les services d'orientation et tous ceux
              qui veulent les réutiliser. Ils sont produits à partir des mêmes contenus que les pages, à chaque mise à jour du site.
            </p>
          }
        />

        <section className="space-y-4">
          <Heading id="fichiers" title="Les fichiers" className="text-2xl font-bold" />
          <ul className="space-y-3">
            {occupations.map((occupation) => (
              <li key={occupation.slug} className="rounded-lg border border-line p-4">
                <p className="font-semibold">
                  <a href={occupationPath(occupation.slug)}>{occupation.title}</a>{" "}
                  <span className="font-normal text-muted">(mis à jour le {formatDay(occupation.updated)})</span>
                </p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  <li>
                    Tous les faits, en JSON :{" "}
                    <a href={openDataFilePath(openDataFiles.occupationFacts(occupation.slug))}>
                      {openDataFilePath(openDataFiles.occupationFacts(occupation.slug))}
                    </a>
                  </li>
                  <li>
                    Les salaires, en CSV :{" "}
                    <a href={openDataFilePath(openDataFiles.occupationSalaries(occupation.slug))}>
                      {openDataFilePath(openDataFiles.occupationSalaries(occupation.slug))}
                    </a>
                  </li>
                </ul>
              </li>
            ))}
            <li className="rounded-lg border border-line p-4">
              Le glossaire, en JSON : <a href={openDataFilePath(openDataFiles.glossary)}>{openDataFilePath(openDataFiles.glossary)}</a>
            </li>
          </ul>
          <p>Ces adresses sont stables : un nouveau métier ajoute ses propres fichiers, sans changer celles qui existent.</p>
        </section>

        {rome && (
          <section className="space-y-4">
            <Heading id="rome" title="Les fiches du référentiel national (ROME)" className="text-2xl font-bold" />
            <p>
              Chacune des {rome.referential.fiches.length.toLocaleString("fr-FR")} fiches du ROME a son fichier JSON, à l&apos;adresse de sa
              page : par exemple <a href={romeDataPath("M1855")}>{romeDataPath("M1855")}</a> pour la fiche M1855. Il contient les textes et
              les listes du référentiel tels que France Travail les publie (définition, accès, intitulés, savoir-faire avec la marque « cœur
              de métier », savoir-être, savoirs, contextes de travail, mobilité, RIASEC, centres d&apos;intérêt, secteurs), les libellés des
              codes auxquels ils renvoient, et, dans le champ <code>source</code>, la version, la date et la licence.
            </p>
            <p>
              Ces données sont celles de France Travail, sous{" "}
              <a href={romeLinks.licence} rel="license external noopener noreferrer">
                Licence Ouverte 2.0
              </a>{" "}
              : toute réutilisation cite « {romeCredit(rome.referential.version)} ». Seule la jointure des fichiers est de nous. Le jeu
              complet, en CSV, est sur{" "}
              <a href={romeLinks.dataset} rel="external noopener noreferrer">
                la page des données ouvertes de France Travail
              </a>
              .
            </p>
          </section>
        )}

        <section className="space-y-4">
          <Heading id="json" title="Le fichier JSON d'un métier" className="text-2xl font-bold" />
          <p>
            Un objet en UTF-8. Chaque fait porte la liste des sources qui l'affirment (champ <code>sources</code>, des identifiants décrits
            dans <code>sources</code> en fin de fichier). Les montants sont ceux des articles, sans conversion ni arrondi.
          </p>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {jsonKeys.map((key) => (
              <div key={key} className="contents">
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>{jsonDocs[key] ?? ""}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section className="space-y-4">
          <Heading id="csv" title="Le fichier CSV des salaires" className="text-2xl font-bold" />
          <p>
            Une ligne par chiffre de salaire, avec une ligne d'en-tête ; encodage UTF-8, séparateur virgule, nombres sans espace ni symbole.
            Une case vide veut dire que la source ne donne pas l'information. Les colonnes en _inferred disent, pour un champ que nous avons
            déduit, « déduit par nous » et pourquoi ; elles sont vides quand la source donne le champ.
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Colonnes du fichier CSV des salaires</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    Colonne
                  </th>
                  <th scope="col" className="py-2">
                    Contenu
                  </th>
                </tr>
              </thead>
              <tbody>
                {salaryColumns.map((c) => (
                  <tr key={c.name} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <code>{c.name}</code>
                    </th>
                    <td className="py-2">{c.doc}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="space-y-4">
          <Heading id="licence" title="Licence" className="text-2xl font-bold" />
          <p>
            La compilation de nos fiches détaillées (la structure des fiches, nos reformulations, les fichiers) est publiée sous licence{" "}
            <a href={licence.url} rel="license external noopener noreferrer">
              {licence.name} ({licence.id})
            </a>{" "}
            : vous pouvez la copier, la modifier et la redistribuer, y compris à des fins commerciales, à condition de citer le guide.
          </p>
          <p>
            Les faits et les chiffres viennent des sources citées, dont nous ne détenons pas les droits : chaque fait indique sa source, et
            une réutilisation doit la mentionner elle aussi. Voir <a href={sourcesPath}>ce que couvre chaque source</a>.
          </p>
        </section>

        <section className="space-y-4">
          <Heading id="citer" title="Comment citer" className="text-2xl font-bold" />
          <p>Indiquez le nom du guide, la fiche, la date de sa mise à jour, l'adresse du fichier et la licence, par exemple :</p>
          {example && (
            <blockquote className="border-l-4 border-line pl-4 text-muted [overflow-wrap:anywhere]">
              {site.name}, « {example.title} », données ouvertes mises à jour le {formatDay(example.updated)},{" "}
              {isLocalUrl(site.url)
                ? openDataFilePath(openDataFiles.occupationFacts(example.slug))
                : absoluteUrl(openDataFilePath(openDataFiles.occupationFacts(example.slug)))}
              , licence {licence.id}, d'après les sources citées dans le fichier.
            </blockquote>
          )}
        </section>
      </div>
    </GlossaryScope>
  );
}
