import { Fragment } from "react";
import { frenchSpacing, skipTypography } from "@/lib/content/french-spacing";

/**
 * The props of a host element (`<p>`, `<dd>`…) or a fragment with its text children spaced the French way.
 * Components pass text down unchanged; the element that finally shows it spaces it. Code, scripts and styles are left
 * as they are.
 */
export function withFrenchSpacing<P>(type: unknown, props: P): P {
  if (!(typeof type === "string" || type === Fragment) || !props || typeof props !== "object") return props;
  if (typeof type === "string" && skipTypography.has(type)) return props;
  const record = props as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => {
    out ??= { ...record };
    out[key] = value;
  };
  const children = record.children;
  if (typeof children === "string") {
    const spaced = frenchSpacing(children);
    if (spaced !== children) set("children", spaced);
  } else if (Array.isArray(children) && children.some((c) => typeof c === "string"))
    set(
      "children",
      children.map((c: unknown) => (typeof c === "string" ? frenchSpacing(c) : c)),
    );
  // Attributes a reader sees (a tooltip, a placeholder) or hears (a label, a description).
  if (typeof type === "string")
    for (const key of spokenAttributes) {
      const value = record[key];
      if (typeof value === "string" && frenchSpacing(value) !== value) set(key, frenchSpacing(value));
    }
  return (out ?? props) as P;
}

const spokenAttributes = ["title", "alt", "placeholder", "aria-label", "aria-description"];
