import { Fragment } from "react";
import { formatDay } from "@/lib/site/format";
import { qrCodeSvg } from "@/lib/site/qr-code";
import { isLocalUrl } from "@/lib/site/config";

/** Where the printed fiche leads back online: an absolute address and its QR code, or, in a local preview, the path alone. */
export interface FicheAddressData {
  path: string;
  /** Absolute address of the live page; null in a local preview (a loopback SITE_URL), so no printout says localhost. */
  url: string | null;
  /** QR code of `url` (SVG markup); null with it. */
  qr: string | null;
}

export async function ficheAddress(siteUrl: string, path: string): Promise<FicheAddressData> {
  if (isLocalUrl(siteUrl)) return { path, url: null, qr: null };
  const url = `${siteUrl.replace(/\/+$/, "")}${path}`;
  return { path, url, qr: await qrCodeSvg(url) };
}

/** An address that may wrap after each "/" (and only there) on a narrow line. */
function breakable(address: string) {
  return address.split(/(?<=\/)(?!\/)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** The fiche's address block: QR code, address of the page online, edition date. */
export function FicheAddress({ address, updated }: { address: FicheAddressData; updated: string }) {
  const { path, url, qr } = address;
  return (
    <div className="fiche-address flex items-center gap-4 rounded-lg border border-line p-3">
      {url && qr && (
        <div
          role="img"
          aria-label={`QR code vers la page en ligne : ${url}`}
          className="fiche-qr size-24 shrink-0 bg-white [&_svg]:size-full"
          dangerouslySetInnerHTML={{ __html: qr }}
        />
      )}
      <dl className="min-w-0 space-y-0.5 text-sm">
        <div>
          <dt className="inline font-semibold">Mise à jour le </dt>
          <dd className="inline">
            <time dateTime={updated}>{formatDay(updated)}</time>
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">En ligne : </dt>
          <dd className="inline">
            <a href={path} className="fiche-url">
              {breakable(url ?? path)}
            </a>
            {!url && (
              <span className="fiche-local block text-muted">
                Aperçu local : l'adresse complète et le QR code figurent sur la version publiée du site.
              </span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
