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
  const children = (props as { children?: unknown }).children;
  if (typeof children === "string") {
    const spaced = frenchSpacing(children);
    return spaced === children ? props : { ...props, children: spaced };
  }
  if (Array.isArray(children) && children.some((c) => typeof c === "string"))
    return { ...props, children: children.map((c: unknown) => (typeof c === "string" ? frenchSpacing(c) : c)) };
  return props;
}
