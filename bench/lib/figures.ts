/**
 * The benchmark's figures, computed from measured steps and the files a build wrote: pure, so the
 * arithmetic (what counts as a page, as the index, as the search step) is unit-tested.
 */
import { parsePagefindTotals } from './pagefind-log.ts';

/** What a build step is, for the figures: Astro, the search index, or anything else. */
export type StepKind = 'astro' | 'search' | 'other';

/** One measured step of a build. */
export interface StepFigures {
  label: string;
  kind: StepKind;
  command: string;
  seconds: number;
  /**
   * CPU time of the step (user + system, from `time -v`): on a machine shared with other builds the
   * wall time mostly measures the load; CPU time measures the work (GC and worker threads included).
   */
  cpuSeconds?: number;
  peakRssBytes: number;
}

/** Figures of one site (ours or the floor) at one corpus size. */
export interface SiteFigures {
  steps: StepFigures[];
  astroSeconds: number;
  /** CPU time (user + system) of the Astro steps, when measured. */
  astroCpuSeconds?: number;
  astroPeakRssBytes: number;
  /** HTML pages Astro wrote. */
  pages: number;
  pagesPerSecond: number;
  searchSeconds: number;
  /** CPU time (user + system) of the search-index steps, when measured. */
  searchCpuSeconds?: number;
  searchPeakRssBytes: number;
  /** Files and bytes under every Pagefind bundle (a folder holding pagefind-entry.json). */
  indexBytes: number;
  indexFiles: number;
  /** Words Pagefind reports having indexed, when it printed them. */
  words?: number;
  distBytes: number;
  distFiles: number;
  totalSeconds: number;
  /** The largest peak of any step: what the whole build needs. */
  peakRssBytes: number;
}

/** Classifies a build step by its label and the names of its program and script (not by its path arguments: a work folder may be called anything). */
export function classifyStep(label: string, command: readonly string[]): StepKind {
  const text = [label, ...command.slice(0, 2).map((word) => word.split('/').pop() ?? word)].join(' ').toLowerCase();
  if (/pagefind|search|index/.test(text)) return 'search';
  if (/\bastro\b/.test(text) && command.includes('build')) return 'astro';
  return 'other';
}

/** Folders (relative, `/`-separated, '' for the root) that hold a Pagefind bundle. */
export function pagefindBundles(files: readonly { path: string }[]): string[] {
  return files
    .filter((f) => f.path === 'pagefind-entry.json' || f.path.endsWith('/pagefind-entry.json'))
    .map((f) => f.path.slice(0, -'pagefind-entry.json'.length).replace(/\/$/, ''))
    .sort();
}

/** Computes a site's figures from its steps (with their logs) and its dist files. */
export function siteFigures(steps: readonly (StepFigures & { log?: string })[], distFiles: readonly { path: string; bytes: number }[]): SiteFigures {
  const of = (kind: StepKind): (StepFigures & { log?: string })[] => steps.filter((s) => s.kind === kind);
  const sum = (list: readonly StepFigures[]): number => list.reduce((total, s) => total + s.seconds, 0);
  // CPU time only when every step of the kind has it (figures of older runs have none).
  const cpu = (list: readonly StepFigures[]): number | undefined =>
    list.length > 0 && list.every((s) => s.cpuSeconds !== undefined) ? list.reduce((total, s) => total + (s.cpuSeconds ?? 0), 0) : undefined;
  const peak = (list: readonly StepFigures[]): number => list.reduce((max, s) => Math.max(max, s.peakRssBytes), 0);
  const bundles = pagefindBundles(distFiles);
  const inBundle = (path: string): boolean => bundles.some((b) => b === '' || path.startsWith(`${b}/`));
  const indexFiles = distFiles.filter((f) => inBundle(f.path));
  const pages = distFiles.filter((f) => f.path.endsWith('.html') && !inBundle(f.path)).length;
  const astroSeconds = sum(of('astro'));
  const words = of('search')
    .map((s) => parsePagefindTotals(s.log ?? '').words)
    .filter((w): w is number => w !== undefined);
  const figures: SiteFigures = {
    steps: steps.map(({ label, kind, command, seconds, cpuSeconds, peakRssBytes }) => (cpuSeconds === undefined ? { label, kind, command, seconds, peakRssBytes } : { label, kind, command, seconds, cpuSeconds, peakRssBytes })),
    astroSeconds,
    astroPeakRssBytes: peak(of('astro')),
    pages,
    pagesPerSecond: astroSeconds > 0 ? pages / astroSeconds : 0,
    searchSeconds: sum(of('search')),
    searchPeakRssBytes: peak(of('search')),
    indexBytes: indexFiles.reduce((total, f) => total + f.bytes, 0),
    indexFiles: indexFiles.length,
    distBytes: distFiles.reduce((total, f) => total + f.bytes, 0),
    distFiles: distFiles.length,
    totalSeconds: sum(steps),
    peakRssBytes: peak(steps),
  };
  if (words.length > 0) figures.words = words.reduce((a, b) => a + b, 0);
  const astroCpu = cpu(of('astro'));
  const searchCpu = cpu(of('search'));
  if (astroCpu !== undefined) figures.astroCpuSeconds = astroCpu;
  if (searchCpu !== undefined) figures.searchCpuSeconds = searchCpu;
  return figures;
}

/** ours ÷ floor, or undefined when either is missing or the floor is zero. */
export function ratio(ours: number | undefined, floor: number | undefined): number | undefined {
  if (ours === undefined || floor === undefined || floor === 0 || !Number.isFinite(ours) || !Number.isFinite(floor)) return undefined;
  return ours / floor;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** Bytes for a table: `512 B`, `46.9 KB`, `157.3 MB`, `12.20 GiB` (KB/MB are KiB/MiB, as PAGEFIND.md uses them). */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(2)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Seconds for a table: `0.84 s`, `34.2 s`, `192 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds >= 100) return `${seconds.toFixed(0)} s`;
  if (seconds >= 10) return `${seconds.toFixed(1)} s`;
  return `${seconds.toFixed(2)} s`;
}

/** A ratio for a table: `1.23×`, or `–` when undefined. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}

/** An integer with thousands separators: `23,301`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
