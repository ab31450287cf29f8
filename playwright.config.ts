import { spawnSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium";
import { serverIdentity } from "./scripts/serve-config";

// The end-to-end suite runs against the static export exactly as `npm start` serves it, on a port of its own
// (not `npm start`'s 3000). A server already listening there is reused only when it is this project's own
// (it sends serverIdentity's header); a stranger on the port makes Playwright stop with "already used".
const port = process.env.PORT ?? "3217";
const baseURL = `http://localhost:${port}`;

/** True when `npm start`'s server of this project answers on baseURL (checked synchronously, at config load). */
function ownServerRunning(): boolean {
  const probe = `fetch(${JSON.stringify(baseURL)}, { signal: AbortSignal.timeout(2000) })
    .then((r) => process.exit(r.headers.get(${JSON.stringify(serverIdentity.header)}) === ${JSON.stringify(serverIdentity.value)} ? 0 : 1), () => process.exit(1))`;
  return spawnSync(process.execPath, ["-e", probe], { timeout: 5000 }).status === 0;
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions(),
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] } },
  ],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: baseURL,
    env: { PORT: port },
    reuseExistingServer: !process.env.CI && ownServerRunning(),
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
