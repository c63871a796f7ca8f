/**
 * Builds one corpus twice — the archive (the steps of scripts/build.ts, read at run time, without
 * the normalize step: the corpus is already normalized Markdown) and the floor (bench/floor, the
 * same astro binary, then `pagefind --site` with no options) — measuring every step.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyStep, siteFigures, type SiteFigures, type StepFigures } from './figures.ts';
import { listFiles, runMeasured } from './measure.ts';

/** A step as scripts/build.ts describes it. */
export interface BuildStep {
  label: string;
  command: string[];
}

/** The archive's build steps and the environment they run in, as `node scripts/build.ts --print-steps` prints them. */
export function parsePrintedSteps(output: string): { env: Record<string, string>; steps: BuildStep[] } {
  const line = output.trim().split('\n').reverse().find((l) => l.startsWith('[') || l.startsWith('{'));
  if (!line) throw new Error(`scripts/build.ts --print-steps printed no step list:\n${output}`);
  const parsed = JSON.parse(line) as BuildStep[] | { env?: Record<string, string>; steps: BuildStep[] };
  return Array.isArray(parsed) ? { env: {}, steps: parsed } : { env: parsed.env ?? {}, steps: parsed.steps };
}

/** Runs `node scripts/build.ts --print-steps` with the given environment. */
export function archiveSteps(env: Record<string, string>): { env: Record<string, string>; steps: BuildStep[] } {
  return parsePrintedSteps(execFileSync(process.execPath, ['scripts/build.ts', '--print-steps'], { env: { ...process.env, ...env }, encoding: 'utf8' }));
}

/** Whether a step normalizes raw sources (skipped for an already normalized corpus). */
export function isNormalizeStep(step: BuildStep): boolean {
  return /normali[sz]/i.test(`${step.label} ${step.command.join(' ')}`);
}

async function runSteps(steps: readonly BuildStep[], env: Record<string, string>, logDir: string, log: (line: string) => void): Promise<(StepFigures & { log: string })[]> {
  const measured: (StepFigures & { log: string })[] = [];
  for (const [index, step] of steps.entries()) {
    log(`    ${step.label}: ${step.command.join(' ')}`);
    const run = await runMeasured({ label: step.label, command: step.command, env, logFile: join(logDir, `${index + 1}-${step.label.replace(/\W+/g, '-').toLowerCase()}.log`) });
    // The step's peak: the larger of time -v's (largest single process) and the sampled tree sum.
    const peakRssBytes = Math.max(run.peakRssBytes, run.treePeakRssBytes);
    // CPU time likewise: time -v's (the waited-for tree) or the sampled tree's, whichever saw more.
    const cpuSeconds = Math.max(run.userSeconds + run.systemSeconds, run.treeCpuSeconds);
    log(`      ${run.wallSeconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s: time -v ${(run.userSeconds + run.systemSeconds).toFixed(1)}, process tree ${run.treeCpuSeconds.toFixed(1)}), peak ${(peakRssBytes / 2 ** 30).toFixed(2)} GiB (time -v ${(run.peakRssBytes / 2 ** 30).toFixed(2)}, process tree ${(run.treePeakRssBytes / 2 ** 30).toFixed(2)})`);
    measured.push({ label: step.label, kind: classifyStep(step.label, step.command), command: run.command, seconds: run.wallSeconds, cpuSeconds, peakRssBytes, log: run.log });
  }
  return measured;
}

/** Folders of one site build. */
export interface SiteDirs {
  dist: string;
  cache: string;
  logs: string;
}

/** Where a site's build goes under the work folder; `variant` (e.g. `realistic-`) keeps another corpus' builds apart. */
export function siteDirs(work: string, site: 'ours' | 'floor', count: number, variant = ''): SiteDirs {
  const base = resolve(work, `${site}-${variant}${count}`);
  return { dist: join(base, 'dist'), cache: join(base, 'cache'), logs: join(base, 'logs') };
}

function fresh(dirs: SiteDirs): void {
  rmSync(dirs.dist, { recursive: true, force: true });
  rmSync(dirs.cache, { recursive: true, force: true });
  rmSync(dirs.logs, { recursive: true, force: true });
  mkdirSync(dirs.logs, { recursive: true });
}

/** Builds the archive from a corpus (a cold build: empty dist and cache) and measures it. */
export async function buildOurs(corpus: string, dirs: SiteDirs, log: (line: string) => void): Promise<SiteFigures & { skipped: string[] }> {
  fresh(dirs);
  const env = { ARCHIVE_CONTENT: resolve(corpus), ARCHIVE_DIST: dirs.dist, ARCHIVE_CACHE: dirs.cache };
  const printed = archiveSteps(env);
  const steps = printed.steps.filter((s) => !isNormalizeStep(s));
  const measured = await runSteps(steps, { ...env, ...printed.env }, dirs.logs, log);
  return { ...siteFigures(measured, listFiles(dirs.dist)), skipped: printed.steps.filter(isNormalizeStep).map((s) => s.label) };
}

/** Builds the floor from a corpus and measures it. */
export async function buildFloor(corpus: string, dirs: SiteDirs, log: (line: string) => void): Promise<SiteFigures> {
  fresh(dirs);
  const env = { BENCH_FLOOR_CONTENT: resolve(corpus), BENCH_FLOOR_DIST: dirs.dist, BENCH_FLOOR_CACHE: dirs.cache };
  const steps: BuildStep[] = [
    { label: 'Floor astro build', command: ['node_modules/.bin/astro', 'build', '--root', 'bench/floor'] },
    { label: 'Floor pagefind', command: ['node_modules/.bin/pagefind', '--site', dirs.dist] },
  ];
  const measured = await runSteps(steps, env, dirs.logs, log);
  return siteFigures(measured, listFiles(dirs.dist));
}
