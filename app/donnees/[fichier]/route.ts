import { openDataFile, openDataFilesToWrite } from "@/app/_lib/content";

// Each file is written to out/donnees/ at build, like a page.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return openDataFilesToWrite().map((f) => ({ fichier: f.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const { fichier } = await params;
  const file = openDataFile(fichier);
  if (!file) return new Response("Fichier inconnu", { status: 404 });
  return new Response(file.render(), { headers: { "Content-Type": file.contentType } });
}
