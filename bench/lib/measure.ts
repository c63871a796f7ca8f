/**
 * Runs one command under `/usr/bin/time -v` with its output in a log file, and measures folders:
 * the I/O half of the benchmark (the figures are computed by pure functions elsewhere).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { setInterval, clearInterval } from 'node:timers';
import { delimiter, dirname, join, relative } from 'node:path';
import { parseTimeReport, type TimeReport } from './time-v.ts';

/** A command to measure. */
export interface MeasuredCommand {
  label: string;
  /** Program and arguments; `node` means the project's own Node runtime. */
  command: readonly string[];
  env?: Record<string, string>;
  /** File that receives the command's stdout and stderr. */
  logFile: string;
}

/** What a measured run produced. */
export interface MeasuredRun extends TimeReport {
  label: string;
  command: string;
  log: string;
  /** Peak of the summed resident memory of the whole process tree, sampled every 250 ms. */
  treePeakRssBytes: number;
  /** CPU seconds of every process of the tree as last sampled (every 250 ms), summed: a lower bound, like `time -v`'s. */
  treeCpuSeconds: number;
}

/** Parent of each process, from /proc/<pid>/stat (the field after the parenthesized command). */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

/** A process and all its descendants, now. */
function processTree(root: number): Set<number> {
  const parents = processParents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Summed resident memory of a process and all its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  let pages = 0;
  for (const pid of processTree(root)) {
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // ended
    }
  }
  return pages * 4096;
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/**
 * CPU seconds (user + system) each process of the tree has used so far, by pid, from
 * /proc/<pid>/stat (utime and stime, fields 14 and 15): `time -v` misses a descendant its child
 * never waits for (Pagefind's service process), so the tree is sampled too.
 */
export function treeCpuSeconds(root: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is field 3 (state): utime and stime are fields 14 and 15.
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
    } catch {
      // ended
    }
  }
  return out;
}

/** Runs a command under `/usr/bin/time -v`; rejects with the log's tail when it fails. */
export async function runMeasured(run: MeasuredCommand): Promise<MeasuredRun> {
  const [program, ...args] = run.command;
  if (!program) throw new Error(`${run.label}: empty command`);
  const executable = program === 'node' ? process.execPath : program;
  const timeFile = `${run.logFile}.time`;
  const fd = openSync(run.logFile, 'w');
  let treePeakRssBytes = 0;
  const cpuByPid = new Map<number, number>();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, executable, ...args], {
      stdio: ['ignore', fd, fd],
      // The project's own Node first on PATH: astro's and pagefind's `#!/usr/bin/env node` shims need it.
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...run.env },
    });
    // `time -v` misses a descendant its child never waits for (e.g. a service process a Node API
    // starts and leaves to be killed): sample the whole tree too.
    const sampler = setInterval(() => {
      if (child.pid) {
        treePeakRssBytes = Math.max(treePeakRssBytes, treeRssBytes(child.pid));
        for (const [pid, seconds] of treeCpuSeconds(child.pid)) cpuByPid.set(pid, Math.max(seconds, cpuByPid.get(pid) ?? 0));
      }
    }, 250);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve(status ?? 1);
    });
  });
  closeSync(fd);
  const log = readFileSync(run.logFile, 'utf8');
  if (code !== 0 || !existsSync(timeFile)) {
    throw new Error(`${run.label} failed (exit ${code}): ${failureSummary(log)} (log: ${run.logFile})`);
  }
  const treeCpu = [...cpuByPid.values()].reduce((total, seconds) => total + seconds, 0);
  return { label: run.label, command: run.command.join(' '), log, treePeakRssBytes, treeCpuSeconds: treeCpu, ...parseTimeReport(readFileSync(timeFile, 'utf8')) };
}

/** The lines of a failed command's log that say what went wrong (error lines, else the last lines). */
export function failureSummary(log: string): string {
  const lines = log.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.filter((l) => /error|cannot|failed|✖|not found|exception/i.test(l) && !/^at\s/.test(l));
  return (errors.length > 0 ? errors.slice(0, 3) : lines.slice(-3)).join(' / ').slice(0, 500);
}

/** Every file under a folder with its size, paths relative to the folder. */
export function listFiles(dir: string): { path: string; bytes: number }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; bytes: number }[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ path: relative(dir, full), bytes: statSync(full).size });
    }
  };
  walk(dir);
  return out;
}
