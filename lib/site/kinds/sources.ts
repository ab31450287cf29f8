import type { Content } from "@/lib/content/load";
import { compareSources } from "@/lib/domain/compare";
import { count } from "@/lib/site/french";
import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, sourcesPath } from "@/lib/site/routes";

/** The sources the guide is built from, each described. */
export const sources = guideKind({
  key: "sources",
  route: "app/sources/page.tsx",
  page: (content: Content): PageSpec => ({
    path: sourcesPath,
    // Each source's text, and the subjects only one source speaks of (its « absents de l'autre source »).
    shows: [
      content.sources.map((s) => s.body),
      content.occupations.map((r) =>
        compareSources(
          r,
          content,
          content.sources.map((s) => s.id),
        ).map((t) => Object.values(t.only).map((list) => list.map((c) => c.label))),
      ),
    ],
    params: {},
    title: "Les sources du guide",
    heading: "Les sources du guide",
    label: "Les sources",
    crumb: "Sources",
    parent: homePath,
    description: "Les sources dont ce guide est tiré : ce que couvre chacune, ce que nous en avons repris, et ce qu'elles ne disent pas.",
    type: "article",
    sources: content.sources.map((s) => s.id),
    preview: {
      eyebrow: "Sources",
      heading: "Les sources du guide",
      figures: [{ value: count(content.sources.length, "source", "sources"), label: content.sources.map((s) => s.short).join(" · ") }],
    },
  }),
});
