import type { Metadata } from "next";
import { CareerDiagram } from "@/components/career-diagram";
import { Heading } from "@/components/heading";
import { OurAddition } from "@/components/our-addition";
import { Prose } from "@/components/prose";
import { OccupationPage } from "@/components/occupation-page";
import { SourceRefs } from "@/components/source-refs";
import { careerDestinations } from "@/lib/domain/career";
import { formatList } from "@/lib/site/format";
import { count, lowerTitle } from "@/lib/site/french";
import { GlossaryScope } from "@/components/glossary-scope";
import { type OccupationParams, requireSection, sectionMetadata, glossaryTerms } from "@/app/_lib/content";

export async function generateMetadata({ params }: { params: OccupationParams }): Promise<Metadata> {
  return sectionMetadata(params, "evolution");
}

export default async function CareerPage({ params }: { params: OccupationParams }) {
  const { occupation, page, sources } = await requireSection(params, "evolution");
  const { career } = occupation;
  const title = new Map(career.roles.map((r) => [r.id, r]));
  const destinations = careerDestinations(career);
  // The paths grouped by the post they start from, in the order the content gives them.
  const starts = [...new Set(career.paths.map((p) => p.from))];
  return (
    <GlossaryScope terms={glossaryTerms()}>
      <OccupationPage
        page={page}
        lead={
          <p>
            Les sources citent {count(destinations.length, "évolution", "évolutions")}, vers un poste ou une spécialité :{" "}
            {formatList(destinations.map((d) => lowerTitle(d.title)))}.
          </p>
        }
      >
        <section className="space-y-4">
          <Heading id="schema" title="Les évolutions en un schéma" className="text-2xl font-bold" />
          <CareerDiagram career={career} id="carriere" sources={sources} />
        </section>
        <section className="space-y-4">
          <Heading id="en-mots" title="Les évolutions en mots" className="text-2xl font-bold" />
          {starts.map((from) => (
            <div key={from} className="space-y-3">
              <Heading
                level={3}
                id={`depuis-${from}`}
                title={`Point de départ : ${title.get(from)?.title ?? from}`}
                className="text-xl font-bold"
              />
              <ul className="space-y-3">
                {career.paths
                  .filter((p) => p.from === from)
                  .map((p) => {
                    const to = title.get(p.to);
                    return (
                      <li key={`${p.from}-${p.to}`} id={`${p.from}-vers-${p.to}`} className="rounded-lg border border-line p-4">
                        <p className="font-semibold">
                          <span aria-hidden="true">→ </span>
                          {to?.title}
                        </p>
                        {to?.detail && <p>{to.detail}</p>}
                        {p.note && <p className="text-muted">{p.note}</p>}
                        <SourceRefs ids={p.sources} sources={sources} />
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
        </section>
        <Prose body={career.body} />
        <OurAddition id="autres-metiers" title="Et à côté ?" items={career.added} />
      </OccupationPage>
    </GlossaryScope>
  );
}
