// `npm start`: builds when the site's inputs changed since the last build, then serves out/ — the very files
// a CDN would serve — with clean URLs, the custom 404 page (status 404), gzip, and the site's HTTP headers.
// A port already taken is an error, said plainly, never a silent move to another port.
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { isBuildFresh } from "./build-stamp";
import { writeServeConfig } from "./serve-config";

const port = Number(process.env.PORT || 3000);
// A local preview builds for its own address, unless SITE_URL says otherwise: canonical URLs and the sitemap
// then point at this server, and the printable fiche, seeing a loopback address, prints no QR code.
if (!process.env.SITE_URL?.trim()) process.env.SITE_URL = `http://localhost:${port}`;

/** Resolves to the error code when the port cannot be listened on (EADDRINUSE: something already listens there). */
function portProblem(host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? error.message);
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve(undefined);
      });
    });
  });
}

const problem = await portProblem("0.0.0.0");
if (problem) {
  console.error(
    problem === "EADDRINUSE"
      ? `start: port ${port} is already in use (another server is listening there). Stop it, or pick another port: PORT=${port + 1} npm start`
      : `start: cannot listen on port ${port} (${problem})`,
  );
  process.exit(1);
}

if (!isBuildFresh()) {
  console.log("start: building the site first (inputs changed or no build yet)…");
  const build = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/build.ts")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status || 1);
}

const config = writeServeConfig();
const serve = path.resolve("node_modules/serve/build/main.js");
const result = spawnSync(
  process.execPath,
  [serve, "out", "--listen", `tcp://0.0.0.0:${port}`, "--config", config, "--no-clipboard", "--no-request-logging", "--no-port-switching"],
  { stdio: "inherit" },
);
process.exit(result.status ?? 0);
