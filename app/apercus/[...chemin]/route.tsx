import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { PreviewCard, type PreviewCardProps } from "@/components/preview-card";
import { previewSize } from "@/lib/site/metadata";
import { cachedBytes } from "@/app/_lib/build-cache";
import { pageByPreviewImage, pagesToPreview } from "@/app/_lib/content";
import { previewImagePath } from "@/lib/site/routes";
import { site } from "@/lib/site/config";

// One PNG per page, drawn at build and written to out/apercus/….png; kept in the build cache under a hash of the
// card's props, so a rebuild draws only the cards whose text changed.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  // `/apercus/metiers/x.png` → ["metiers", "x.png"]
  return pagesToPreview().map((page) => ({ chemin: previewImagePath(page.path).split("/").slice(2) }));
}

/** Geist, the font next/og bundles, in the two weights the card uses, from the installed @fontsource/geist. */
let fonts: ReturnType<typeof readFonts> | undefined;
function readFonts() {
  const file = (weight: number) => path.join(process.cwd(), "node_modules/@fontsource/geist/files", `geist-latin-${weight}-normal.woff`);
  return Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: "Geist", data: await readFile(file(weight)), weight, style: "normal" as const })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ chemin: string[] }> }) {
  const { chemin } = await params;
  const page = pageByPreviewImage(`/apercus/${chemin.join("/")}`) ?? notFound();
  const props: PreviewCardProps = { preview: page.preview, path: page.path, host: new URL(site.url).host };
  const png = await cachedBytes("apercus", props, async () => {
    fonts ??= readFonts();
    const image = new ImageResponse(<PreviewCard {...props} />, { ...previewSize, fonts: await fonts });
    return new Uint8Array(await image.arrayBuffer());
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
}
