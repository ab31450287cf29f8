// `npm start`: builds when the site's inputs changed since the last build, then serves out/ — the very files
// a CDN would serve — with clean URLs, the custom 404 page (status 404), gzip, and the site's HTTP headers.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isBuildFresh } from "./build-stamp.mjs";
import { writeServeConfig } from "./serve-config.mjs";

const port = process.env.PORT || "3000";
// A local preview builds with its own address, unless SITE_URL says otherwise: canonical URLs and the sitemap
// then point at this server, and the printable fiche, seeing a loopback address, prints no QR code.
process.env.SITE_URL ??= `http://localhost:${port}`;

if (!isBuildFresh()) {
  console.log("start: building the site first (inputs changed or no build yet)…");
  const build = spawnSync(process.execPath, [path.resolve("scripts/build.mjs")], { stdio: "inherit" });
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
