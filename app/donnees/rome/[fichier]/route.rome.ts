import { getContent, requireReferential, staticParams } from "@/app/_lib/content";
import { romeFicheData } from "@/lib/site/open-data-rome";

// One JSON file per ROME fiche, written to out/donnees/rome/ at build, like a page.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("rome-fiche").map((p) => ({ fichier: `${p.fiche ?? ""}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const { fichier } = await params;
  const rome = requireReferential();
  const fiche = rome.fiche(fichier.replace(/\.json$/, "").toUpperCase());
  if (!fiche) return new Response("Fichier inconnu", { status: 404 });
  return new Response(`${JSON.stringify(romeFicheData(rome, fiche, getContent()), null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
