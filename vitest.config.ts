import path from "node:path";
import { defineConfig } from "vitest/config";

// Projects: `unit` (the site and its build, fast, no build run), `bench` and `deploy` (the pure parts of the bench
// and of the deploy harness, kept with them in bench/tests/ and deploy/tests/) — the three fast ones, together
// `npm run test:unit` — and `integration` (real builds in their own temporary folders, never the working tree's
// out/; `npm run test:integration`). `npx vitest run` runs them all; `--project <name>` one of them.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] } },
      { extends: true, test: { name: "bench", include: ["bench/tests/**/*.test.ts"] } },
      { extends: true, test: { name: "deploy", include: ["deploy/tests/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
