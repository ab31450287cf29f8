import type { Content } from "@/lib/content/load";
import { careerDestinations } from "@/lib/domain/career";
import { site } from "@/lib/site/config";
import { count, pick } from "@/lib/site/french";
import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath } from "@/lib/site/routes";

/** The home page: the guide's occupations and its ways in. */
export const home = guideKind({
  key: "home",
  route: "app/page.tsx",
  page: (content: Content): PageSpec => ({
    path: homePath,
    // Each occupation's summary and where it leads.
    shows: content.occupations.map((r) => [r.summary, careerDestinations(r.career).map((d) => d.title)]),
    params: {},
    title: `${site.name} : fiches métiers sourcées`,
    heading: site.name,
    label: "Accueil",
    crumb: "Accueil",
    description: site.description,
    type: "website",
    sources: content.sources.map((s) => s.id),
    preview: {
      eyebrow: "Orientation",
      heading: site.tagline,
      figures: [
        {
          value: count(content.occupations.length, "métier", "métiers"),
          label: `${pick(content.occupations.length, "tiré", "tirés")} de ${count(content.sources.length, "source", "sources")}, citées à chaque fait`,
        },
      ],
    },
  }),
});
