/**
 * Runs one command under `/usr/bin/time -v` with its output in a log file, and measures folders:
 * the I/O half of the benchmark (the figures are computed by pure functions elsewhere).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
}

/** Runs a command under `/usr/bin/time -v`; rejects with the log's tail when it fails. */
export async function runMeasured(run: MeasuredCommand): Promise<MeasuredRun> {
  const [program, ...args] = run.command;
  if (!program) throw new Error(`${run.label}: empty command`);
  const executable = program === 'node' ? process.execPath : program;
  const timeFile = `${run.logFile}.time`;
  const fd = openSync(run.logFile, 'w');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, executable, ...args], {
      stdio: ['ignore', fd, fd],
      // The project's own Node first on PATH: astro's and pagefind's `#!/usr/bin/env node` shims need it.
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...run.env },
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? 1));
  });
  closeSync(fd);
  const log = readFileSync(run.logFile, 'utf8');
  if (code !== 0 || !existsSync(timeFile)) {
    throw new Error(`${run.label} failed (exit ${code}): ${failureSummary(log)} (log: ${run.logFile})`);
  }
  return { label: run.label, command: run.command.join(' '), log, ...parseTimeReport(readFileSync(timeFile, 'utf8')) };
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
