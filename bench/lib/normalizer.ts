/**
 * The normalizer's figures on the real raw texts: throughput (in one process, repeated over the
 * sources until a meaningful amount of text went through), one CLI run, and whether a re-run
 * after changing one source re-normalizes only that source.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { runMeasured } from './measure.ts';
import type { IncrementalResult, NormalizerResult } from './results.ts';

const MB = 1024 * 1024;

function copyContent(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(join(from, 'sources'), join(to, 'sources'), { recursive: true });
  if (existsSync(join(from, 'speakers.yaml'))) cpSync(join(from, 'speakers.yaml'), join(to, 'speakers.yaml'));
  if (existsSync(join(from, 'articles'))) cpSync(join(from, 'articles'), join(to, 'articles'), { recursive: true });
  else mkdirSync(join(to, 'articles'));
}

function rawBytes(root: string): number {
  const sums = readFileSync(join(root, 'sources', 'SHA256SUMS'), 'utf8');
  return sums.split('\n').filter((l) => l.trim()).reduce((n, line) => n + readFileSync(join(root, 'sources', line.trim().split(/\s+\*?/)[1] ?? '')).length, 0);
}

/** The normalizer's summary counts: `(1 normalized, 4 unchanged from the cache)`. */
export function cacheCounts(log: string): { normalized: number; cached: number } | undefined {
  const match = /\((\d+) normalized, (\d+) unchanged from the cache\)/.exec(log);
  return match ? { normalized: Number(match[1]), cached: Number(match[2]) } : undefined;
}

/** Whether the normalizer's code mentions a cache at all. */
export function normalizerHasCache(): boolean {
  return ['scripts/normalize.ts', 'scripts/lib/normalize/normalize-archive.ts', 'scripts/lib/archive-files.ts'].some((f) => existsSync(f) && /cache/i.test(readFileSync(f, 'utf8')));
}

/** Measures the normalizer; never throws: what cannot be measured is reported with its reason. */
/** `rerun` false (--quick): no CLI runs, only the in-memory throughput. */
export async function measureNormalizer(work: string, megabytes: number, maxSeconds: number, log: (line: string) => void, rerun = true): Promise<{ normalizer: NormalizerResult; incremental: IncrementalResult }> {
  if (!existsSync('scripts/normalize.ts')) {
    return { normalizer: { na: 'scripts/normalize.ts does not exist' }, incremental: { met: false, figure: 'not met: there is no normalizer' } };
  }
  const root = resolve(work, 'normalizer', 'content');
  const logs = resolve(work, 'normalizer', 'logs');
  copyContent('content', root);
  mkdirSync(logs, { recursive: true });
  const env = { ARCHIVE_CONTENT: root };
  let cli: { seconds: number; peakRssBytes: number; rawBytes: number } | undefined;
  let cliError = '';
  if (rerun) try {
    log('  normalizer CLI on a copy of content/');
    // With a cache, `--no-cache` makes the first run a full one whatever earlier runs cached.
    const command = ['node', 'scripts/normalize.ts', ...(normalizerHasCache() ? ['--no-cache'] : [])];
    const run = await runMeasured({ label: 'normalize', command, env, logFile: join(logs, 'cli-1.log') });
    cli = { seconds: run.wallSeconds, peakRssBytes: run.peakRssBytes, rawBytes: rawBytes(root) };
  } catch (error) {
    cliError = (error as Error).message.split('\n').slice(0, 3).join(' ');
  }
  let normalizer: NormalizerResult;
  try {
    log(`  normalizer throughput: up to ${megabytes} MB of raw text or ${maxSeconds} s in one process`);
    const run = await runMeasured({ label: 'normalizer throughput', command: ['node', 'bench/normalizer-throughput.ts', root, String(megabytes), String(maxSeconds)], env, logFile: join(logs, 'throughput.log') });
    const line = run.log.trim().split('\n').reverse().find((l) => l.startsWith('{')) ?? '{"na":"no output"}';
    const parsed = JSON.parse(line) as { na?: string; rawBytes: number; seconds: number; passes: number; sources: number; articles: number };
    normalizer = parsed.na
      ? { na: parsed.na }
      : { rawBytes: parsed.rawBytes, seconds: parsed.seconds, mbPerSecond: parsed.rawBytes / MB / parsed.seconds, passes: parsed.passes, sources: parsed.sources, articles: parsed.articles, peakRssBytes: run.peakRssBytes, ...(cli ? { cli } : {}) };
  } catch (error) {
    normalizer = { na: (error as Error).message.split('\n')[0] ?? 'failed' };
  }
  // Incremental: fill the cache, run again unchanged, then with one source changed (its checksum updated in the copy).
  if (!rerun) {
    return normalizerHasCache()
      ? { normalizer, incremental: { met: null, figure: 'n/a: the normalizer mentions a cache; --quick does not re-run it (the full run does)' } }
      : { normalizer, incremental: { met: false, figure: 'not met: the normalizer has no cache (no “cache” in scripts/normalize.ts or its library): every run normalizes every source' } };
  }
  if (!cli) return { normalizer, incremental: { met: null, figure: `n/a: the normalizer CLI failed on a copy of content/ (${cliError})` } };

  // The first run (--no-cache) neither reads nor writes the cache: the next run fills it (every source
  // normalized), and only the one after that is a re-run with nothing changed.
  const filling = await runMeasured({ label: 'normalize, filling the cache', command: ['node', 'scripts/normalize.ts'], env, logFile: join(logs, 'cli-2.log') });
  const again = await runMeasured({ label: 'normalize again, nothing changed', command: ['node', 'scripts/normalize.ts'], env, logFile: join(logs, 'cli-3.log') });
  if (!normalizerHasCache()) {
    return { normalizer, incremental: { met: false, figure: `not met: the normalizer has no cache — a re-run with no source changed took ${again.wallSeconds.toFixed(2)} s vs ${cli.seconds.toFixed(2)} s for the first run: every source is normalized again` } };
  }
  const sumsPath = join(root, 'sources', 'SHA256SUMS');
  const first = readFileSync(sumsPath, 'utf8').split('\n').find((l) => l.trim()) ?? '';
  const name = first.trim().split(/\s+\*?/)[1] ?? '';
  const sources = readFileSync(sumsPath, 'utf8').split('\n').filter((l) => l.trim()).length;
  try {
    // The cache is warm now (`filling` wrote it); change one source's bytes (a trailing newline) and its checksum in the copy.
    appendFileSync(join(root, 'sources', name), '\n');
    const digest = createHash('sha256').update(readFileSync(join(root, 'sources', name))).digest('hex');
    writeFileSync(sumsPath, readFileSync(sumsPath, 'utf8').replace(first, `${digest}  ${name}`));
    const changed = await runMeasured({ label: 'normalize one changed', command: ['node', 'scripts/normalize.ts'], env, logFile: join(logs, 'cli-4.log') });
    const counts = cacheCounts(changed.log);
    const unchanged = cacheCounts(again.log);
    const filled = cacheCounts(filling.log);
    // Met: one changed source is the only one normalized, and a re-run with nothing changed normalizes none.
    const met = counts !== undefined && counts.normalized === 1 && counts.cached === sources - 1 && unchanged !== undefined && unchanged.normalized === 0 && unchanged.cached === sources;
    return {
      normalizer,
      incremental: {
        met,
        figure: `${name} changed: ${counts ? `${counts.normalized} source normalized, ${counts.cached} taken from the cache` : 'the normalizer printed no cache counts'} in ${changed.wallSeconds.toFixed(2)} s, vs ${cli.seconds.toFixed(2)} s for a full run (--no-cache); a re-run with nothing changed (after a run that filled the cache: ${filled ? `${filled.normalized} normalized, ${filled.cached} from the cache` : 'no counts'}, ${filling.wallSeconds.toFixed(2)} s): ${unchanged ? `${unchanged.normalized} normalized, ${unchanged.cached} from the cache` : 'no counts'}, ${again.wallSeconds.toFixed(2)} s`,
      },
    };
  } catch (error) {
    return { normalizer, incremental: { met: null, figure: `n/a: re-run after changing ${name} failed: ${(error as Error).message.split('\n')[0]}` } };
  }
}
