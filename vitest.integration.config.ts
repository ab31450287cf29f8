import path from "node:path";
import { defineConfig } from "vitest/config";

// Builds: slow (a real `next build` each), so outside the unit run. `npm run test:integration`.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: { include: ["tests/integration/**/*.test.ts"], environment: "node", testTimeout: 400_000, hookTimeout: 400_000, fileParallelism: false },
});
