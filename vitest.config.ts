import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (fast, no build; `npm run test:unit`) and `integration` (real builds in their own temporary
// folders, never the working tree's out/; `npm run test:integration`). `npx vitest run` runs both.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] } },
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
