import { guideKind } from "@/lib/site/kinds/kind";
import type { PageSpec } from "@/lib/site/page-spec";
import { homePath, offlinePath } from "@/lib/site/routes";

/** What the offline worker shows for a page never opened: the pages kept on this device. */
export const offline = guideKind({
  key: "offline",
  route: "app/hors-ligne/page.tsx",
  page: (): PageSpec => ({
    path: offlinePath,
    params: {},
    title: "Hors connexion",
    heading: "Vous êtes hors connexion",
    label: "Hors connexion",
    crumb: "Hors connexion",
    parent: homePath,
    description:
      "Sans réseau, le guide montre les pages déjà ouvertes sur cet appareil : cette page les liste, et dit comment retrouver les autres une fois reconnecté.",
    type: "article",
    sources: [],
    preview: { eyebrow: "Hors connexion", heading: "Les pages gardées sur cet appareil", figures: [] },
    inDirectory: true,
  }),
});
