// The development twin of jsx-runtime.ts: the same spacing, through React's development runtime.
import { Fragment, jsxDEV as reactJsxDEV } from "react/jsx-dev-runtime";
import { withFrenchSpacing } from "./spacing";

export type { JSX } from "react/jsx-dev-runtime";
export { Fragment };

export const jsxDEV: typeof reactJsxDEV = (type, props, key, isStatic, source, self) =>
  reactJsxDEV(type, withFrenchSpacing(type, props), key, isStatic, source, self);
