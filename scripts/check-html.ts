// Validates every built page (out/**/*.html) with the Nu HTML Checker (vnu-jar). Errors fail; warnings are
// listed but pass. vnu needs Java: without it the check cannot run, and this says so loudly instead of
// passing quietly (`scripts/ensure-java.sh` installs a headless JRE on Debian as root).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "./files";

const outDir = path.resolve(process.argv[2] ?? "out");
const vnuJar = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

/** One message of vnu's JSON report (the fields read here). */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

function loud(lines: string[]) {
  const bar = "!".repeat(78);
  console.warn(`\n${bar}\n${lines.map((l) => `!!! ${l}`).join("\n")}\n${bar}\n`);
}

/** Runs vnu over `files`; returns its messages (vnu's JSON format). */
function validate(files: string[]): { missingJava: boolean; messages: VnuMessage[] } {
  const r = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return { missingJava: true, messages: [] };
  if (r.status !== 0) throw new Error(`vnu exited with ${r.status}:\n${r.stderr}`);
  // vnu writes its report on stderr.
  return { missingJava: false, messages: (JSON.parse(r.stderr) as { messages: VnuMessage[] }).messages };
}

if (!existsSync(outDir)) {
  console.error(`check-html: ${path.relative(process.cwd(), outDir)}/ does not exist; build the site first (npm run build)`);
  process.exit(1);
}
const files = filesUnder(outDir, ".html");
if (files.length === 0) {
  console.error("check-html: no HTML page found in out/");
  process.exit(1);
}
if (!existsSync(vnuJar)) {
  loud(["HTML CHECK DID NOT RUN: node_modules/vnu-jar/build/dist/vnu.jar is missing (npm install)."]);
  process.exit(0);
}

const { missingJava, messages } = validate(files);
if (missingJava) {
  loud([
    "HTML CHECK DID NOT RUN: no `java` on this machine, so the Nu HTML Checker could not validate",
    `the ${files.length} built pages. Install a Java runtime (>= 17): sh scripts/ensure-java.sh`,
  ]);
  process.exit(0);
}

const where = (m: VnuMessage) =>
  `${m.url ? path.relative(process.cwd(), new URL(m.url).pathname) : "(vnu)"}:${m.lastLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}`;
const errors = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning");
for (const m of errors) console.error(`error   ${where(m)}: ${m.message}`);
for (const m of warnings) console.warn(`warning ${where(m)}: ${m.message}`);
console.log(`check-html: ${files.length} pages checked by vnu, ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
