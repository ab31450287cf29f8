import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { PreviewCard } from "@/components/preview-card";
import { previewSize } from "@/lib/site/metadata";
import { getRegistry } from "@/app/_lib/content";
import { previewImagePath } from "@/lib/site/routes";
import { site } from "@/lib/site/config";

// One PNG per page, drawn at build and written to out/apercus/….png.
export const dynamic = "force-static";
export const dynamicParams = false;

/** `/apercus/metiers/x.png` → ["metiers", "x.png"] */
const segmentsOf = (pagePath: string) => previewImagePath(pagePath).split("/").slice(2);

export function generateStaticParams() {
  return getRegistry().pages.map((page) => ({ chemin: segmentsOf(page.path) }));
}

/** Geist, the font next/og bundles, in the two weights the card uses, from the installed @fontsource/geist. */
async function fonts() {
  const file = (weight: number) => path.join(process.cwd(), "node_modules/@fontsource/geist/files", `geist-latin-${weight}-normal.woff`);
  return Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: "Geist", data: await readFile(file(weight)), weight, style: "normal" as const })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ chemin: string[] }> }) {
  const { chemin } = await params;
  const page = getRegistry().pages.find((p) => segmentsOf(p.path).join("/") === chemin.join("/")) ?? notFound();
  return new ImageResponse(<PreviewCard page={page} host={new URL(site.url).host} />, { ...previewSize, fonts: await fonts() });
}
