// Runs one build and measures its wall time and memory: the peak of the summed RSS of the build and all its
// child processes (polled from /proc), and, when GNU time is installed, its "maximum resident set size" (the
// largest single process). The build's output goes to a log file, not the terminal.
import { spawn } from "node:child_process";
import { existsSync, openSync, readdirSync, readFileSync, closeSync } from "node:fs";

const pageSize = 4096;

/** Summed RSS in bytes of `root` and every process descending from it, read from /proc (Linux). */
function treeRss(root: number) {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * pageSize);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read: it holds no memory any more.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() ?? root;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `node args…` with `env`, output to `logFile`. Resolves to { ok, seconds, peakRssBytes, maxProcessRssBytes,
 * log }; peakRssBytes is undefined where /proc is missing.
 */
export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakRssBytes: number | undefined;
  maxProcessRssBytes: number | undefined;
  log: string;
}
/** One build of the scaling table. */
export interface BuildEntry {
  factor: number;
  /** cold: the build cache emptied first; warm: nothing changed since the previous build; edit: one occupation edited since. */
  cache: "cold" | "warm" | "edit";
  occupations: number;
  ok: boolean;
  logFile: string;
  pages: number | undefined;
  seconds: number;
  secondsPerPage: number | undefined;
  staticGenerationSeconds: number | undefined;
  peakRssBytes: number | undefined;
  maxProcessRssBytes: number | undefined;
  /** Seconds per phase, as scripts/build.ts timed them (.next/build-phases.json). */
  phases: Record<string, number>;
  /** Per kind of cached output: how many made, how many reused, and the time making them. */
  outputs: Record<string, { made: number; reused: number; ms: number }>;
}

export function measureBuild(args: string[], { env, logFile }: { env: Record<string, string>; logFile: string }) {
  const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const [cmd, cmdArgs]: [string, string[]] = gnuTime ? [gnuTime, ["-v", process.execPath, ...args]] : [process.execPath, args];
  const log = openSync(logFile, "w");
  const started = process.hrtime.bigint();
  const child = spawn(cmd, cmdArgs, { env: { ...process.env, ...env }, stdio: ["ignore", log, log] });
  const hasProc = existsSync("/proc/self/stat");
  let peak = 0;
  const poll = hasProc ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 200) : undefined;
  return new Promise<BuildMeasure>((resolve) => {
    child.on("close", (code) => {
      clearInterval(poll);
      closeSync(log);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const text = readFileSync(logFile, "utf8");
      const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
      resolve({
        ok: code === 0,
        seconds,
        peakRssBytes: hasProc ? peak : undefined,
        maxProcessRssBytes: maxKb ? Number(maxKb) * 1024 : undefined,
        log: text,
      });
    });
  });
}

/** Next's own figure for its "Generating static pages" phase, in seconds, when its output still shows it. */
const units: Record<string, number> = { ms: 0.001, s: 1, min: 60 };
export function staticGenerationSeconds(log: string) {
  const m = /Generating static pages[^\n]*\((\d+)\/\1\) in ([\d.]+)\s*(ms|s|min)\b/.exec(log);
  if (!m) return undefined;
  return Number(m[2]) * (units[m[3] ?? ""] ?? Number.NaN);
}
