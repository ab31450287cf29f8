import type { Content } from "@/lib/content/load";
import { count } from "@/lib/site/french";
import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { glossaryPath, homePath } from "@/lib/site/routes";

/** The glossary: the words students meet in the guide, explained. */
export const glossary = guideKind({
  key: "glossary",
  route: "app/glossaire/page.tsx",
  page: (content: Content): PageSpec => ({
    path: glossaryPath,
    params: {},
    title: content.glossary.title,
    heading: content.glossary.title,
    label: "Le glossaire",
    crumb: content.glossary.title,
    parent: homePath,
    description: content.glossary.description,
    type: "article",
    sources: [],
    preview: {
      eyebrow: "Glossaire",
      heading: content.glossary.title,
      figures: [
        { value: count(content.glossary.terms.length, "mot", "mots"), label: "expliqués simplement, avec les pages qui les emploient" },
      ],
    },
  }),
});
