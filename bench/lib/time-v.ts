/**
 * Reads the report of GNU time's verbose mode (`/usr/bin/time -v`): wall time, CPU time and the
 * peak resident memory of the command and every descendant it waited for (Linux merges a reaped
 * child's peak into its parent's, so a wrapper script reports its child's peak).
 */

/** What the benchmark keeps of one `time -v` report. */
export interface TimeReport {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** Peak resident set size in bytes. */
  peakRssBytes: number;
  exitStatus: number;
}

function field(text: string, name: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim().startsWith(`${name}:`) || l.trim().startsWith(`${name} (`));
  return line?.slice(line.lastIndexOf(': ') + 2).trim();
}

/** Parses `h:mm:ss` or `m:ss.ss` into seconds. */
export function parseClock(value: string): number {
  const parts = value.split(':').map(Number);
  if (parts.length < 2 || parts.some((n) => Number.isNaN(n))) throw new Error(`not a wall-clock time: ${value}`);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Parses a `time -v` report; throws when a field the benchmark needs is missing. */
export function parseTimeReport(text: string): TimeReport {
  const wall = field(text, 'Elapsed (wall clock) time');
  const rss = field(text, 'Maximum resident set size');
  const user = field(text, 'User time');
  const system = field(text, 'System time');
  const exit = field(text, 'Exit status');
  if (!wall || !rss || !user || !system) throw new Error(`not a /usr/bin/time -v report:\n${text.slice(0, 500)}`);
  return {
    wallSeconds: parseClock(wall),
    userSeconds: Number(user),
    systemSeconds: Number(system),
    peakRssBytes: Number(rss) * 1024,
    exitStatus: exit === undefined ? 0 : Number(exit),
  };
}
