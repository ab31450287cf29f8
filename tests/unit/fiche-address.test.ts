import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FicheAddress, ficheAddress } from "@/components/fiche-address";
import { isLocalUrl } from "@/lib/site/config";

const path = "/metiers/developpeur-back-end";
// Markup without the <wbr> break hints, so an address reads as one string.
const render = async (siteUrl: string) =>
  renderToStaticMarkup(createElement(FicheAddress, { address: await ficheAddress(siteUrl, path), updated: "2026-11-21" })).replaceAll(
    "<wbr/>",
    "",
  );

describe("the printable fiche's address block", () => {
  it("with a public SITE_URL, prints the absolute address and its QR code", async () => {
    const html = await render("https://guide.example.org/");
    expect(html).toContain(">https://guide.example.org/metiers/developpeur-back-end</a>");
    expect(html).toContain('aria-label="QR code vers la page en ligne\u00a0: https://guide.example.org/metiers/developpeur-back-end"');
    expect(html).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(html).toContain('<time dateTime="2026-11-21">21 novembre 2026</time>');
    expect(html).not.toContain("Aperçu local");
  });

  for (const local of ["http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:3105", "http://app.localhost"]) {
    it(`with a loopback SITE_URL (${local}), prints the path alone, no QR code, and never the host`, async () => {
      const html = await render(local);
      expect(html).toContain(`<a href="${path}" class="fiche-url">${path}</a>`);
      expect(html).not.toContain("<svg");
      expect(html).not.toMatch(/localhost|127\.0\.0\.1|::1/);
      expect(html).toContain("Aperçu local");
    });
  }

  it("tells loopback addresses from public ones", () => {
    expect(isLocalUrl("http://localhost:3105")).toBe(true);
    expect(isLocalUrl("http://127.0.0.2")).toBe(true);
    expect(isLocalUrl("https://guide.example.org")).toBe(false);
    expect(isLocalUrl("https://localhost.example.org")).toBe(false);
  });
});
