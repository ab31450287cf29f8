import type { SitePage } from "@/lib/site/registry";
import { previewText } from "@/lib/site/preview-text";
import { site } from "@/lib/site/config";

// Colours of the site's light theme (app/globals.css); next/og draws with inline styles only.
const colour = { bg: "#ffffff", surface: "#f4f6fa", fg: "#161b26", muted: "#4a5468", accent: "#1c4fb8", line: "#cdd4e0", warm: "#8a4b00" };

/**
 * Everything the card shows, and nothing else: the build caches each image under a hash of these props (with the
 * code's fingerprint), so a card must never read anything that is not in them.
 */
export interface PreviewCardProps {
  preview: SitePage["preview"];
  path: string;
  host: string;
}

/** The 1200×630 image a chat or a social network shows for a page: site, occupation, title, a key figure. */
export function PreviewCard({ preview, path, host }: PreviewCardProps) {
  const figures = preview.figures.slice(0, 2);
  const heading = previewText(preview.heading);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: colour.bg,
        color: colour.fg,
        fontFamily: "Geist",
      }}
    >
      <div style={{ height: 18, background: colour.accent, display: "flex" }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "44px 64px 40px" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 18 }}>
          <div
            style={{
              width: 56,
              height: 56,
              borderRadius: 12,
              background: colour.accent,
              display: "flex",
              flexDirection: "column",
              justifyContent: "center",
              padding: "0 13px",
              gap: 7,
            }}
          >
            <div style={{ height: 5, width: 30, borderRadius: 3, background: "#fff" }} />
            <div style={{ height: 5, width: 30, borderRadius: 3, background: "#fff" }} />
            <div style={{ height: 5, width: 18, borderRadius: 3, background: "#fff" }} />
          </div>
          <div style={{ fontSize: 32, fontWeight: 700 }}>{previewText(site.name)}</div>
        </div>
        <div style={{ marginTop: 46, fontSize: 28, fontWeight: 700, color: colour.accent, textTransform: "uppercase", letterSpacing: 2 }}>
          {previewText(preview.eyebrow)}
        </div>
        <div style={{ marginTop: 10, fontSize: heading.length > 40 ? 58 : 72, fontWeight: 700, lineHeight: 1.08, letterSpacing: -1.5 }}>
          {heading}
        </div>
        <div style={{ flex: 1, display: "flex" }} />
        {figures.length > 0 && (
          <div style={{ display: "flex", gap: 24 }}>
            {figures.map((f) => (
              <div
                key={f.label}
                style={{
                  flex: 1,
                  display: "flex",
                  flexDirection: "column",
                  background: colour.surface,
                  borderLeft: `8px solid ${colour.warm}`,
                  borderRadius: 10,
                  padding: "18px 24px",
                }}
              >
                <div style={{ fontSize: figures.length > 1 ? 34 : 40, fontWeight: 700 }}>{previewText(f.value)}</div>
                <div style={{ marginTop: 6, fontSize: 24, color: colour.muted }}>{previewText(f.label)}</div>
              </div>
            ))}
          </div>
        )}
        <div style={{ marginTop: 26, display: "flex", justifyContent: "space-between", fontSize: 22, color: colour.muted }}>
          <div>{previewText(`${host}${path === "/" ? "" : path}`)}</div>
          <div>Sources citées à chaque fait</div>
        </div>
      </div>
    </div>
  );
}
