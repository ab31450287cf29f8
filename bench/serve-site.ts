// Serves an exported folder on a loopback port with the configuration `npm start` uses (scripts/serve-config.ts).
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { serveConfig } from "../scripts/serve-config";

/**
 * Starts `serve` on 127.0.0.1:`port` for `dir`; `csp` replaces the Content-Security-Policy value when given.
 * Resolves once the site answers, to a handle whose `stop()` ends that server.
 */
export async function serveSite(dir: string, port: number, { configFile, csp }: { configFile: string; csp?: string }) {
  const config = serveConfig();
  if (csp)
    for (const rule of config.headers) for (const header of rule.headers) if (header.key === "Content-Security-Policy") header.value = csp;
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const serve = path.resolve("node_modules/serve/build/main.js");
  const child = spawn(
    process.execPath,
    [
      serve,
      dir,
      "--listen",
      `tcp://127.0.0.1:${port}`,
      "--config",
      configFile,
      "--no-clipboard",
      "--no-request-logging",
      "--no-port-switching",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve for ${dir} exited (is port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`serve for ${dir} did not answer on ${url}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once("close", () => {
          resolve();
        });
        child.kill();
      }),
  };
}
