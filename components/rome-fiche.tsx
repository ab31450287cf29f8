import { FicheList } from "@/components/fiche-list";
import { Heading } from "@/components/heading";
import { HorsSources } from "@/components/our-addition";
import { RomeCredit } from "@/components/rome-credit";
import type { RomeSkill } from "@/lib/referential/model";
import { riasecLetters } from "@/lib/site/riasec";
import type { RomeFicheView } from "@/lib/site/rome-view";

/**
 * A fiche of the national referential: ROME's words in framed blocks (never mixed with ours), our few additions
 * labelled « hors sources », and what the referential does not say said plainly.
 */

const sections = [
  ["le-metier", "Le métier"],
  ["intitules", "Ses intitulés"],
  ["acces", "Accès au métier"],
  ["savoir-faire", "Savoir-faire"],
  ["savoir-etre", "Savoir-être"],
  ["savoirs", "Savoirs"],
  ["conditions", "Conditions de travail"],
  ["metiers-proches", "Métiers proches"],
  ["profil", "Profil et centres d'intérêt"],
  ["non-dit", "Ce que le ROME ne dit pas"],
] as const;

/** ROME's words: a framed block, with the referential named once per page (in the header). */
function Quoted({ sentences }: { sentences: readonly string[] }) {
  return (
    <blockquote className="rome-text space-y-1 border-l-4 border-accent bg-surface p-3">
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </blockquote>
  );
}

function Mark({ mark }: { mark: RomeSkill["mark"] }) {
  if (!mark) return null;
  return <span className="ml-1 rounded bg-accent-soft px-1 text-xs font-semibold">{mark === "core" ? "cœur de métier" : "émergent"}</span>;
}

function Skills({ items }: { items: readonly RomeSkill[] }) {
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {items.map((s) => (
        <li key={s.id}>
          {s.label}
          <Mark mark={s.mark} />
        </li>
      ))}
    </ul>
  );
}

function Groups({ groups, others }: { groups: RomeFicheView["knowHow"]; others: string }) {
  const headed = groups.some((g) => g.group !== null);
  return (
    <div className="columns-print space-y-3">
      {groups.map((g) => (
        <div key={g.group ?? ""} className="break-inside-avoid">
          {(g.group ?? headed) && <p className="font-semibold">{g.group ?? others}</p>}
          <Skills items={g.items} />
        </div>
      ))}
    </div>
  );
}

const yesNo = (v: boolean | null) => (v === null ? "non précisé" : v ? "oui" : "non");

export function RomeFiche({ view }: { view: RomeFicheView }) {
  const { fiche } = view;
  const principal = fiche.titles[0];
  const others = fiche.titles.slice(1);
  const hasMarks = [...view.knowHow.flatMap((g) => g.items), ...view.knowledge.flatMap((g) => g.items)].some((s) => s.mark);
  return (
    <div className="rome-fiche space-y-8" data-no-glossary="">
      <RomeCredit credit={view.credit} links={view.links} />
      {view.inDepth.map((d) => (
        <p key={d.path} className="rounded-lg border border-accent bg-accent-soft p-3">
          Ce guide a aussi une <a href={d.path}>fiche détaillée « {d.title} »</a>, écrite à partir d&apos;articles et sourcée fait par fait
          (intitulé « {d.appellation} » de cette fiche).
        </p>
      ))}
      <nav aria-label="Sur cette page" className="no-print text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="le-metier" className="space-y-3">
        <Heading id="le-metier" title="Le métier" className="text-2xl font-bold" />
        <Quoted sentences={fiche.definition} />
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Domaine</dt>
          <dd>
            <a href={view.domain.path}>{view.domain.label}</a> ({view.domain.code}), dans{" "}
            <a href={view.grandDomain.path}>{view.grandDomain.label}</a>
          </dd>
          <dt className="font-semibold">Emploi réglementé</dt>
          <dd>{yesNo(fiche.tags.regulated)}</dd>
          <dt className="font-semibold">Emploi de cadre</dt>
          <dd>{yesNo(fiche.tags.executive)}</dd>
          <dt className="font-semibold">Transition écologique</dt>
          <dd>{fiche.tags.ecological ?? "non précisé"}</dd>
          <dt className="font-semibold">Transition numérique</dt>
          <dd>{yesNo(fiche.tags.digital)}</dd>
          <dt className="font-semibold">Transition démographique</dt>
          <dd>{yesNo(fiche.tags.demographic)}</dd>
        </dl>
        {fiche.tags.regulated && (
          <p className="text-sm">
            <HorsSources className="mr-2" />
            Un emploi réglementé demande un diplôme, une carte ou une autorisation précise pour l&apos;exercer.
          </p>
        )}
      </section>

      <section aria-labelledby="intitules" className="space-y-3">
        <Heading id="intitules" title="Ses intitulés" className="text-2xl font-bold" />
        {principal && (
          <p>
            Intitulé principal : <strong>{principal.label}</strong>.
          </p>
        )}
        {others.length > 0 && (
          <>
            <p>Le même métier se cherche aussi sous ces noms :</p>
            <ul className="columns-1 gap-6 sm:columns-2">
              {others.map((t) => (
                <li key={t.id}>
                  {t.label}
                  {t.rare && <span className="text-sm text-muted"> (peu utilisé)</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="acces" className="space-y-3">
        <Heading id="acces" title="Accès au métier" className="text-2xl font-bold" />
        <Quoted sentences={fiche.access} />
      </section>

      <section aria-labelledby="savoir-faire" className="space-y-3">
        <Heading id="savoir-faire" title="Savoir-faire" className="text-2xl font-bold" />
        {hasMarks && (
          <p className="text-sm text-muted">
            « cœur de métier » : le ROME les marque comme essentiels à ce métier ; « émergent » : nouveaux dans ce métier.
          </p>
        )}
        {view.knowHow.length ? <Groups groups={view.knowHow} others="Autres savoir-faire" /> : <p>Le ROME n&apos;en cite pas.</p>}
      </section>

      <section aria-labelledby="savoir-etre" className="space-y-3">
        <Heading id="savoir-etre" title="Savoir-être professionnels" className="text-2xl font-bold" />
        {view.softSkills.length ? <Skills items={view.softSkills} /> : <p>Le ROME n&apos;en cite pas.</p>}
      </section>

      <section aria-labelledby="savoirs" className="space-y-3">
        <Heading id="savoirs" title="Savoirs" className="text-2xl font-bold" />
        {view.knowledge.length ? <Groups groups={view.knowledge} others="Autres savoirs" /> : <p>Le ROME n&apos;en cite pas.</p>}
      </section>

      <section aria-labelledby="conditions" className="space-y-3">
        <Heading id="conditions" title="Conditions de travail" className="text-2xl font-bold" />
        {view.contexts.length ? (
          <dl className="space-y-2">
            {view.contexts.map((c) => (
              <div key={c.type}>
                <dt className="font-semibold">{c.type}</dt>
                <dd>{c.labels.join(" ; ")}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>Le ROME ne décrit pas les conditions de travail de ce métier.</p>
        )}
        {view.sectors.length > 0 && (
          <p>
            <span className="font-semibold">Secteurs où l&apos;exercer : </span>
            {view.sectors.join(" ; ")}.
          </p>
        )}
      </section>

      <section aria-labelledby="metiers-proches" className="space-y-3">
        <Heading id="metiers-proches" title="Métiers proches" className="text-2xl font-bold" />
        <p>
          {view.mobility.length
            ? "Les métiers vers lesquels le ROME indique qu'on peut évoluer, dans son ordre :"
            : "Le ROME n'indique pas de métier vers lequel évoluer depuis celui-ci."}
        </p>
        {view.mobility.length > 0 && <FicheList fiches={view.mobility} />}
        {view.parent && (
          <p>
            Cette fiche est un emploi du métier <a href={view.parent.path}>{view.parent.title}</a>{" "}
            <span className="text-xs text-muted">{view.parent.code}</span>.
          </p>
        )}
        {view.emplois.length > 0 && (
          <div className="no-print space-y-3">
            <p>{view.parent ? "Les autres emplois de ce métier :" : "Les emplois rattachés à ce métier :"}</p>
            <FicheList fiches={view.emplois} />
          </div>
        )}
      </section>

      <section aria-labelledby="profil" className="space-y-3">
        <Heading id="profil" title="Profil et centres d'intérêt" className="text-2xl font-bold" />
        <p>
          Le ROME classe ce métier dans le profil RIASEC <strong>{fiche.riasec.major}</strong>
          {fiche.riasec.minor && (
            <>
              , puis <strong>{fiche.riasec.minor}</strong>
            </>
          )}
          .
        </p>
        <ul className="space-y-1">
          {[fiche.riasec.major, ...(fiche.riasec.minor ? [fiche.riasec.minor] : [])].map((letter) => (
            <li key={letter}>
              <strong>
                {letter} ({riasecLetters[letter].name})
              </strong>{" "}
              : une personne qui {riasecLetters[letter].text} <HorsSources className="ml-1" />
            </li>
          ))}
        </ul>
        {view.interests.length > 0 && (
          <>
            <p>Ses centres d&apos;intérêt, selon le ROME :</p>
            <ul className="list-disc space-y-0.5 pl-5">
              {view.interests.map((i) => (
                <li key={i.path}>
                  <a href={i.path}>{i.label}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="non-dit" className="space-y-3">
        <Heading id="non-dit" title="Ce que le ROME ne dit pas" className="text-2xl font-bold" />
        <p>
          Le ROME ne donne ni salaire, ni horaires précis, ni chiffres d&apos;embauche.
          {view.inDepth.length
            ? " La fiche détaillée de ce guide cite ce que ses sources en disent."
            : " Ce guide n'a pas d'autre source pour ce métier : il ne les donne donc pas."}
        </p>
        <p className="no-print text-sm">
          Les données de cette fiche en JSON : <a href={view.data}>{view.data}</a>.
        </p>
      </section>
    </div>
  );
}
