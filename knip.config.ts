import type { KnipConfig } from "knip";

// Unused files, exports and dependencies: `npm run knip` (also a step of `npm test`). Next.js, vitest, Playwright,
// ESLint and remark are found by knip's plugins; what they cannot see is listed here, with why.
const config: KnipConfig = {
  entry: [
    // Scripts run by npm scripts, by other scripts (spawned), or by hand (README).
    "scripts/{build,start,test,check-html,check-links,screenshots,ensure-chromium,check-content,new-content,content-schemas,referential,post-export-worker}.ts",
    // Run by hand (README): writes deploy/nginx.conf. `npm run bench` and `npm run test:deploy` (bench/run.ts,
    // deploy/test.ts) are found through package.json.
    "deploy/config.ts",
    // Our browser scripts, loaded by <script src> from the pages.
    "public/**/*.js",
    // The JSX runtime every .tsx file compiles to (tsconfig's jsxImportSource), found by the compilers, not by imports.
    "lib/jsx/jsx-runtime.ts",
    "lib/jsx/jsx-dev-runtime.ts",
    // Read by the editor's remark extension (frontmatter validation), not by a remark-cli knip would see.
    ".remarkrc.mjs",
  ],
  project: ["**/*.{ts,tsx,mjs,js,css}", "!tests/integration/fixtures/**"],
  // Pagefind's script, written into out/pagefind/ by the build, loaded by the search page's script at run time.
  // The title matcher and the fiche comparison are imported by their pages' scripts by URL (/scripts/…, in public/).
  ignoreUnresolved: ["/pagefind/pagefind.js", "/scripts/title-match.js", "/scripts/compare.js"],
  // Packages used by path (node_modules/<name>/…), not imported: the server behind `npm start`, the HTML checker,
  // Lighthouse's CLI (bench), and the font files the preview images read.
  ignoreDependencies: ["serve", "vnu-jar", "lighthouse", "@fontsource/geist"],
  // tsconfig's jsxImportSource is our JSX runtime (lib/jsx, listed above), which knip takes for a package.
  ignoreIssues: { "tsconfig.json": ["unlisted"] },
  ignoreBinaries: ["java", "apt-get"],
  // Tailwind's CSS entry imports packages with @import and @plugin.
  compilers: {
    css: (text: string) => [...text.matchAll(/@(?:import|plugin)\s+["']([^"']+)["']/g)].map((m) => `import "${m[1] ?? ""}";`).join("\n"),
  },
};

export default config;
