// Makes sure a Chromium is there for the end-to-end tests: CHROMIUM_PATH or a system one, else installs one
// (Debian's package as root, Playwright's download elsewhere).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./chromium";

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit" }).status === 0;

export function ensureChromium() {
  const found = chromiumPath();
  if (found) return found;
  console.log("test: no Chromium found; installing one…");
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
  } else {
    run("npx", ["playwright", "install", "chromium"]);
  }
  const installed = chromiumPath();
  if (!installed && !root) return undefined; // Playwright's own browser, found by Playwright itself
  if (!installed) throw new Error("could not install Chromium (set CHROMIUM_PATH to a Chromium binary)");
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium() ?? "Playwright's Chromium");
