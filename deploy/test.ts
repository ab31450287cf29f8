// `npm run test:deploy`: serves out/ with nginx and the shipped deploy/nginx.conf, on loopback, and checks what
// a host would send: every page, content types, headers, caching, gzip, the 404 page, clean URLs, malformed
// requests, and a bounded load run. nginx runs from a temporary prefix (its own config, pid and logs, never the
// system's) and is stopped at the end, even on failure. Installs nginx (Debian package) when absent and root.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { cacheRules, securityHeaders } from "./headers";
import { isBuildFresh } from "../scripts/build-stamp";
import { nginxConfigFile } from "./config";
import { filesUnder } from "../scripts/files";

const host = "127.0.0.1";
const port = Number(process.env.DEPLOY_PORT ?? 8102);
const loadSeconds = Number(process.env.LOAD_SECONDS ?? 20);
const loadConnections = 50;
const outDir = path.resolve("out");

// ---------------------------------------------------------------------------------------------- results
let passed = 0;
const failures: string[] = [];
/** A problem, or a falsy value for a condition that holds. */
type Problem = string | false | 0 | undefined | null;
function check(name: string, problems: Problem[]) {
  const list = problems.filter((p): p is string => Boolean(p));
  if (list.length === 0) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failures.push(name);
    console.log(`FAIL ${name}`);
    for (const p of list.slice(0, 20)) console.log(`       ${p}`);
    if (list.length > 20) console.log(`       … and ${list.length - 20} more`);
  }
}

// ---------------------------------------------------------------------------------------------- nginx
function findNginx() {
  for (const candidate of [process.env.NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"])
    if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get"))
    throw new Error("nginx is not installed and cannot be installed here (needs root and apt-get); set NGINX=/path/to/nginx");
  console.log("test:deploy: installing nginx from Debian's packages…");
  const apt = (args: string[]) =>
    spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  apt(["update", "-qq"]);
  // Debian starts the service on install unless policy-rc.d says no: we only want the binary.
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    apt(["install", "-y", "-qq", "--no-install-recommends", "nginx"]);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  const installed = findNginx();
  if (!installed) throw new Error("installing nginx failed");
  return installed;
}

/** The main configuration around the shipped one: only what depends on this run (port, root, temp paths). */
function mainConfig(prefix: string) {
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  return `# Written by deploy/test.ts for one run.
worker_processes 1;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
    server {
        listen ${host}:${port};
        server_name localhost;
        root ${outDir};
        include ${nginxConfigFile};
    }
}
`;
}

function startNginx(nginx: string, prefix: string) {
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(conf, mainConfig(prefix));
  const args = ["-p", prefix, "-e", path.join(prefix, "error.log"), "-c", conf];
  const test = spawnSync(nginx, [...args, "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejects the configuration:\n${test.stderr}`);
  const log = openSync(path.join(prefix, "stderr.log"), "a");
  // `daemon off`: nginx stays our child, so stopping it never depends on a pid file.
  return spawn(nginx, [...args, "-g", "daemon off;"], { stdio: ["ignore", log, log] });
}

async function waitForPort(child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net
        .connect(port, host, () => {
          socket.end();
          resolve(true);
        })
        .on("error", () => {
          resolve(false);
        });
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${host}:${port}`);
}

// ---------------------------------------------------------------------------------------------- HTTP
/** A GET with node:http (no redirect followed, no decompression): status, headers, body bytes. */
interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<Response>((resolve, reject) => {
    const req = http.get({ host, port, path: pathname, headers: { connection: "close", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
  });
}

/** Sends the request line byte for byte (node:http would refuse or re-encode the malformed ones). */
function rawStatus(target: Buffer) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const socket = net.connect(port, host);
    const chunks: Buffer[] = [];
    socket.on("connect", () =>
      socket.write(Buffer.concat([Buffer.from("GET "), target, Buffer.from(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")])),
    );
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.\d (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.on("error", reject);
  });
}

// ---------------------------------------------------------------------------------------------- checks
const files = (dir: string) => filesUnder(dir);

/** The URL path of a file of out/. */
const urlPath = (file: string) => `/${path.relative(outDir, file).split(path.sep).join("/")}`;

const expectedTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  // Pagefind's index chunks: binary, decoded by its own script.
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};
const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const shortCache = cacheRules.find((r) => r.pattern === "/**")?.header;
const assetCache = cacheRules.find((r) => r.pattern.startsWith("/_next/static/"))?.header;

function missingHeaders(res: Response, where: string) {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(securityHeaders)) {
    const got = res.headers[name.toLowerCase()];
    if (got !== value) problems.push(`${where}: ${name} is ${got === undefined ? "missing" : JSON.stringify(got)}`);
  }
  return problems;
}

async function checkSite() {
  // Every sitemap URL, by its path on this server.
  const sitemap = await get("/sitemap.xml");
  const pagePaths = [...sitemap.body.toString("utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? "/", "http://localhost").pathname,
  );
  check(`the sitemap lists pages (${pagePaths.length})`, pagePaths.length ? [] : ["no <loc> in /sitemap.xml"]);
  const pages: [string, Response][] = [];
  for (const p of pagePaths) pages.push([p, await get(p, { "accept-encoding": "gzip" })]);
  check(
    `every sitemap URL answers 200 text/html, gzip, all security headers, short cache (${pages.length} pages)`,
    pages.flatMap(([p, res]) => [
      res.status !== 200 && `${p}: status ${res.status}`,
      res.headers["content-type"] !== expectedTypes[".html"] && `${p}: content-type ${res.headers["content-type"]}`,
      res.headers["content-encoding"] !== "gzip" && `${p}: not gzip-compressed`,
      !/accept-encoding/i.test(String(res.headers.vary)) && `${p}: no Vary: Accept-Encoding`,
      res.headers["cache-control"] !== shortCache && `${p}: cache-control ${res.headers["cache-control"]}`,
      ...missingHeaders(res, p),
    ]),
  );

  // Every other file of the site, with the right content type; PNG bytes (preview images) as image/png.
  const problems: string[] = [];
  let count = 0;
  let pngs = 0;
  for (const file of files(outDir)) {
    const rel = urlPath(file);
    if (rel.endsWith(".html") || rel === "/_headers") continue;
    count++;
    const bytes = readFileSync(file);
    const expected = isPng(bytes) ? "image/png" : expectedTypes[path.extname(file)];
    if (isPng(bytes)) pngs++;
    const res = await get(rel);
    if (res.status !== 200) problems.push(`${rel}: status ${res.status}`);
    else if (!expected) problems.push(`${rel}: no known content type for this file (sent ${res.headers["content-type"]})`);
    else if (res.headers["content-type"] !== expected)
      problems.push(`${rel}: content-type ${res.headers["content-type"]}, expected ${expected}`);
    if (!rel.startsWith("/_next/static/") && res.headers["cache-control"] !== shortCache)
      problems.push(`${rel}: cache-control ${res.headers["cache-control"]}`);
  }
  check(`every other file answers 200 with its content type, short cache outside /_next/static/ (${count} files, ${pngs} PNG)`, problems);

  const hashed = [...files(path.join(outDir, "_next", "static"))];
  const hashedProblems: string[] = hashed.length ? [] : ["no hashed asset in out/_next/static"];
  for (const file of hashed) {
    const rel = urlPath(file);
    const cache = (await get(rel)).headers["cache-control"];
    if (cache !== assetCache) hashedProblems.push(`${rel}: cache-control ${cache}`);
  }
  check(`hashed assets under /_next/static/ are cached immutable (${hashed.length})`, hashedProblems);

  const css = hashed.find((f) => f.endsWith(".css"));
  if (css) {
    const res = await get(urlPath(css), { "accept-encoding": "gzip" });
    check(
      "CSS is gzip-compressed",
      res.headers["content-encoding"] === "gzip" ? [] : [`content-encoding ${res.headers["content-encoding"]}`],
    );
  }

  // Unknown paths: the site's 404 page with status 404, headers included, never cached for good.
  const page404 = readFileSync(path.join(outDir, "404.html"));
  for (const p of ["/page-qui-n-existe-pas", "/metiers/inconnu/salaires", "/_next/static/chunks/absent.css", "/_headers"]) {
    const res = await get(p);
    check(`${p} → the 404 page with status 404`, [
      res.status !== 404 && `status ${res.status}`,
      !res.body.equals(page404) && "body is not out/404.html",
      res.headers["content-type"] !== expectedTypes[".html"] && `content-type ${res.headers["content-type"]}`,
      res.headers["cache-control"] !== shortCache && `cache-control ${res.headers["cache-control"]}`,
      ...missingHeaders(res, p),
    ]);
  }

  // Clean URLs: one URL per page.
  const anyPage = pagePaths.find((p) => p !== "/") ?? "/";
  for (const [from, to] of [
    [`${anyPage}.html`, anyPage],
    [`${anyPage}/`, anyPage],
    ["/index.html", "/"],
  ] as const) {
    // In one step: the target answers 200 itself, it is not another redirect.
    const res = await get(from);
    const target = res.headers.location === to ? await get(to) : undefined;
    check(`${from} redirects to ${to} in one step`, [
      (res.status !== 301 || res.headers.location !== to) && `${res.status} → ${res.headers.location ?? "(no location)"}`,
      target && target.status !== 200 && `${to} answers ${target.status}, not 200`,
    ]);
  }

  // Malformed requests: a client error, never a server error, never a file from outside out/.
  const malformed = {
    "encoded ../ (%2e%2e%2f)": Buffer.from("/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    "encoded ../ (..%2f)": Buffer.from("/..%2f..%2f..%2fetc%2fpasswd"),
    "raw ../": Buffer.from("/../../../etc/passwd"),
    "%00 in the path": Buffer.from("/sources%00.html"),
    "%00 alone": Buffer.from("/%00"),
    "invalid UTF-8 (encoded)": Buffer.from("/%C3%28%FF%FE"),
    "invalid UTF-8 (raw bytes)": Buffer.from([0x2f, 0xc3, 0x28, 0xff, 0xfe]),
    "an 8 KB path": Buffer.from(`/${"a".repeat(8192)}`),
    "an 8 KB page path with a trailing slash": Buffer.from(`/${"b".repeat(8192)}/`),
  };
  for (const [name, target] of Object.entries(malformed)) {
    const res = await rawStatus(target);
    check(`malformed request, ${name} → ${res.status}`, [
      !(res.status >= 400 && res.status < 500) && `status ${res.status} (expected 4xx)`,
      res.text.includes("root:") && "leaked a file from outside out/",
    ]);
  }
  return pagePaths;
}

async function loadRun(pagePaths: string[]) {
  const result = await autocannon({
    url: `http://${host}:${port}`,
    connections: loadConnections,
    duration: loadSeconds,
    headers: { "accept-encoding": "gzip" },
    // The connections cycle through every page of the site.
    requests: pagePaths.map((p) => ({ method: "GET", path: p })),
  });
  const rps = Math.round(result.requests.average);
  const p99 = result.latency.p99;
  console.log(
    `load: ${loadConnections} connections, ${loadSeconds} s on loopback: ${result.requests.total} requests, ` +
      `${rps} req/s average, latency p50 ${result.latency.p50} ms, p99 ${p99} ms, ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
  );
  check(`load run: zero errors (${rps} req/s, p99 ${p99} ms)`, [
    result.errors && `${result.errors} errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.requests.total === 0 && "no request completed",
  ]);
}

// ---------------------------------------------------------------------------------------------- run
let nginxProcess: ChildProcess | undefined;
let prefix: string | undefined;
function stopNginx() {
  if (nginxProcess?.exitCode === null) nginxProcess.kill("SIGQUIT");
  nginxProcess = undefined;
}
process.on("exit", stopNginx);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

try {
  const nginx = ensureNginx();
  if (!isBuildFresh() || !existsSync(path.join(outDir, "_headers"))) {
    console.log("test:deploy: building the site first…");
    const build = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/build.ts")], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("the build failed");
  }
  console.log(
    `test:deploy: ${spawnSync(nginx, ["-v"], { encoding: "utf8" }).stderr.trim()} on http://${host}:${port}, root out/, deploy/nginx.conf`,
  );
  prefix = mkdtempSync(path.join(tmpdir(), "guide-nginx-"));
  nginxProcess = startNginx(nginx, prefix);
  await waitForPort(nginxProcess);
  const pagePaths = await checkSite();
  await loadRun(pagePaths);
  const errorLog = readFileSync(path.join(prefix, "error.log"), "utf8");
  check(
    "nginx logged no error above warning level",
    /\[(error|crit|alert|emerg)\]/.test(errorLog) ? errorLog.trim().split("\n").slice(-5) : [],
  );
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.log(`FAIL ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  stopNginx();
}
console.log(`\n${passed} passed, ${failures.length} failed`);
// Give nginx a moment to exit before its temporary prefix goes.
setTimeout(() => {
  if (prefix) rmSync(prefix, { recursive: true, force: true });
  process.exit(failures.length ? 1 : 0);
}, 300);
