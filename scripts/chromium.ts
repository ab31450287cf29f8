// Finds a Chromium for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
// `scripts/ensure-chromium.ts` installs one when none is found.
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Path of a system Chromium, or undefined to let Playwright use its own download. */
export function chromiumPath() {
  return candidates.find((p) => p && existsSync(p));
}

/** Launch options that work here: the system browser, no sandbox when root, no background network calls. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  return {
    executablePath,
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
    ],
  };
}
