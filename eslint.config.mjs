// ESLint flat config: typescript-eslint's type-checked rules on every TypeScript file (app, lib, components,
// scripts, tests, configs), Next.js's own rules on the site, and Prettier's config last, so formatting is left to
// Prettier. Run: `npm run lint` (also a step of `npm test`).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [".next/", "out/", "out-runtime/", "bench/tmp/", "node_modules/", "next-env.d.ts", "test-results/", "playwright-report/"],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Numbers and booleans in template strings are the common case here (page counts, sizes).
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `a || b` on strings and numbers is meant: an empty environment variable or a 0 status falls back too.
      "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true, number: true } }],
      // Spreading a string counts code points, which is what the length checks want.
      "@typescript-eslint/no-misused-spread": ["error", { allow: [{ from: "lib", name: "string" }] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    // Playwright requires an object pattern for the fixtures, even when the test uses none.
    files: ["tests/e2e/**/*.ts"],
    rules: { "no-empty-pattern": "off" },
  },
  {
    // The small browser scripts of public/ (progressive enhancement): plain JavaScript, no type information.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["*.config.{mjs,js}", "postcss.config.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
