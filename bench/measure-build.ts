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
 * Runs `node args…` in `cwd` (default: the working directory) with `env` added to this process's, output to
 * `logFile`. Resolves to { ok, seconds, peakRssBytes, maxProcessRssBytes, log }; peakRssBytes is undefined where
 * /proc is missing.
 */
export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakRssBytes: number | undefined;
  maxProcessRssBytes: number | undefined;
  log: string;
}

/** Units the build kept from an earlier one and units it rendered, from its `build: N of M … unchanged …` lines. */
export interface RenderCounts {
  total: number;
  kept: number;
  rendered: number;
}
/** One build of the national measurements (bench/national.ts). */
export interface BuildEntry {
  /**
   * cold: .next/cache/guide and .next/cache/referential emptied first; warm: nothing changed since the previous
   * build; fiche: one sentence of one ROME fiche's definition changed since; markdown: one sentence added to a
   * paragraph of an in-depth occupation's markdown since.
   */
  step: "cold" | "warm" | "fiche" | "markdown";
  ok: boolean;
  logFile: string;
  /** Pages in the sitemap of the build's out/. */
  pages: number | undefined;
  seconds: number;
  peakRssBytes: number | undefined;
  maxProcessRssBytes: number | undefined;
  /** The referential's pages, and the in-depth occupations, kept and rendered. */
  referential: RenderCounts | undefined;
  occupations: RenderCounts | undefined;
  /** Seconds per phase, as scripts/build.ts timed them (.next/build-phases.json). */
  phases: Record<string, number>;
  /** Per kind of cached output: how many made, how many reused, and the time making them. */
  outputs: Record<string, { made: number; reused: number; ms: number }>;
}

/** The counts of scripts/build.ts's `build: N of M <what> unchanged since a build kept them; rendering K` line. */
export function renderCounts(log: string, what: "occupations" | "pages of the referential"): RenderCounts | undefined {
  const m = new RegExp(`build: (\\d+) of (\\d+) ${what} unchanged since a build kept them; rendering (\\d+)`).exec(log);
  return m ? { kept: Number(m[1]), total: Number(m[2]), rendered: Number(m[3]) } : undefined;
}

export function measureBuild(args: string[], { env, logFile, cwd }: { env: Record<string, string>; logFile: string; cwd?: string }) {
  const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const [cmd, cmdArgs]: [string, string[]] = gnuTime ? [gnuTime, ["-v", process.execPath, ...args]] : [process.execPath, args];
  const log = openSync(logFile, "w");
  const started = process.hrtime.bigint();
  const child = spawn(cmd, cmdArgs, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", log, log] });
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

const units: Record<string, number> = { ms: 0.001, s: 1, min: 60 };
const inSeconds = (m: RegExpExecArray | null) => (m ? Number(m[1]) * (units[m[2] ?? ""] ?? Number.NaN) : undefined);

/** Next's own figure for its "Generating static pages" phase, in seconds, when its output still shows it. */
export const staticGenerationSeconds = (log: string) =>
  inSeconds(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)\s*(ms|s|min)\b/.exec(log));

/** Next's own figure for its compile phase, in seconds, when its output shows it. */
export const compileSeconds = (log: string) => inSeconds(/Compiled successfully in ([\d.]+)\s*(ms|s|min)\b/.exec(log));
