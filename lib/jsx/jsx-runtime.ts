// The JSX runtime of the site (tsconfig `jsxImportSource`): React's, with French spacing applied to the text of every
// element as it is made (spacing.ts). `npm run dev`, the build and the tests all render through it.
import { Fragment, jsx as reactJsx, jsxs as reactJsxs } from "react/jsx-runtime";
import { withFrenchSpacing } from "./spacing";

export type { JSX } from "react/jsx-runtime";
export { Fragment };

export const jsx: typeof reactJsx = (type, props, key) => reactJsx(type, withFrenchSpacing(type, props), key);
export const jsxs: typeof reactJsxs = (type, props, key) => reactJsxs(type, withFrenchSpacing(type, props), key);
