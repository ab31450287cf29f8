// `npm start`: builds when the site's inputs changed since the last build, then serves out/ — the very files
// a CDN would serve — with clean URLs, the custom 404 page (status 404), gzip, and the site's HTTP headers.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isBuildFresh } from "./build-stamp";
import { writeServeConfig } from "./serve-config";

if (!isBuildFresh()) {
  console.log("start: building the site first (inputs changed or no build yet)…");
  const build = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/build.ts")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status || 1);
}

const port = process.env.PORT || "3000";
const config = writeServeConfig();
const serve = path.resolve("node_modules/serve/build/main.js");
const result = spawnSync(
  process.execPath,
  [serve, "out", "--listen", `tcp://0.0.0.0:${port}`, "--config", config, "--no-clipboard", "--no-request-logging", "--no-port-switching"],
  { stdio: "inherit" },
);
process.exit(result.status ?? 0);
