import QRCode from "qrcode";

/** A QR code of `url` as SVG markup, drawn at build with its quiet zone; decorative for assistive tech (the URL is printed next to it). */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", margin: 4, errorCorrectionLevel: "M" });
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ');
}
