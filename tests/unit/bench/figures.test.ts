import { describe, expect, test } from 'vitest';
import { classifyStep, formatBytes, formatRatio, formatSeconds, pagefindBundles, ratio, siteFigures, type StepFigures } from '../../../bench/lib/figures.ts';
import { parsePagefindTotals } from '../../../bench/lib/pagefind-log.ts';
import { parseClock, parseTimeReport } from '../../../bench/lib/time-v.ts';
import { failureSummary } from '../../../bench/lib/measure.ts';

describe('classifyStep', () => {
  test.each([
    { label: 'Astro build', command: ['node_modules/.bin/astro', 'build', '--outDir', 'x'], expected: 'astro' },
    { label: 'Floor astro build', command: ['node_modules/.bin/astro', 'build', '--root', 'bench/floor'], expected: 'astro' },
    { label: 'Pagefind index', command: ['node_modules/.bin/pagefind', '--site', 'dist'], expected: 'search' },
    { label: 'Search index', command: ['node', 'scripts/index-search.ts'], expected: 'search' },
    { label: 'Validate content', command: ['node', 'scripts/validate.ts'], expected: 'other' },
    { label: 'Publish', command: ['node', 'scripts/publish-dist.ts', 'a', 'b'], expected: 'other' },
    // Negative: a folder name in the arguments does not decide (a work folder under /tmp/sindex/ is not the index).
    { label: 'Astro build', command: ['/tmp/sindex/clone/node_modules/.bin/astro', 'build', '--outDir', '/tmp/sindex/work/ours-1000/dist.partial'], expected: 'astro' },
    { label: 'Publish', command: ['node', 'scripts/publish-dist.ts', '/tmp/search/dist.partial', '/tmp/search/dist'], expected: 'other' },
    // Negative: `astro check` is not the build.
    { label: 'Check', command: ['node_modules/.bin/astro', 'check'], expected: 'other' },
  ])('$label → $expected', ({ label, command, expected }) => {
    expect(classifyStep(label, command)).toBe(expected);
  });
});

describe('pagefindBundles', () => {
  test.each([
    { paths: ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'zh-hans/index.html'], expected: ['pagefind'] },
    { paths: ['pagefind-entry.json'], expected: [''] },
    { paths: ['a/pagefind/pagefind-entry.json', 'b/pagefind/pagefind-entry.json'], expected: ['a/pagefind', 'b/pagefind'] },
    { paths: ['zh-hans/index.html', 'pagefind/not-an-entry.json'], expected: [] },
  ])('$paths → $expected', ({ paths, expected }) => {
    expect(pagefindBundles(paths.map((path) => ({ path })))).toEqual(expected);
  });
});

describe('siteFigures', () => {
  const step = (label: string, kind: StepFigures['kind'], seconds: number, gib: number, log = ''): StepFigures & { log: string } => ({ label, kind, command: label, seconds, peakRssBytes: gib * 2 ** 30, log });
  const files = [
    { path: 'zh-hans/articles/a/index.html', bytes: 1000 },
    { path: 'zh-hant/articles/a/index.html', bytes: 1100 },
    { path: '_astro/site.css', bytes: 500 },
    { path: 'pagefind/pagefind-entry.json', bytes: 100 },
    { path: 'pagefind/index/zh_1.pf_index', bytes: 4000 },
    { path: 'pagefind/fragment/x.html', bytes: 50 },
  ];
  const figures = siteFigures([step('Validate', 'other', 1, 0.1), step('Astro build', 'astro', 4, 1.5), step('Search index', 'search', 10, 3, 'Indexed 2 pages\nIndexed 1234 words'), step('Publish', 'other', 0.5, 0.05)], files);
  test('pages are HTML files outside the index bundle; pages/s over the Astro step', () => {
    expect(figures.pages).toBe(2);
    expect(figures.pagesPerSecond).toBe(0.5);
  });
  test('index size and files are everything inside the bundle', () => {
    expect(figures.indexBytes).toBe(4150);
    expect(figures.indexFiles).toBe(3);
  });
  test('time and memory per step kind, totals over every step', () => {
    expect(figures).toMatchObject({ astroSeconds: 4, searchSeconds: 10, totalSeconds: 15.5, astroPeakRssBytes: 1.5 * 2 ** 30, searchPeakRssBytes: 3 * 2 ** 30, peakRssBytes: 3 * 2 ** 30, distBytes: 6750, distFiles: 6, words: 1234 });
  });
  test('CPU time per step kind when every step of the kind has it, else absent', () => {
    const withCpu = siteFigures([{ ...step('Astro build', 'astro', 4, 1), cpuSeconds: 6.5 }, { ...step('Search index', 'search', 10, 3), cpuSeconds: 12 }, { ...step('Search index 2', 'search', 1, 1), cpuSeconds: 2 }], files);
    expect(withCpu).toMatchObject({ astroSeconds: 4, astroCpuSeconds: 6.5, searchSeconds: 11, searchCpuSeconds: 14 });
    expect(withCpu.steps[0]).toMatchObject({ cpuSeconds: 6.5 });
    const partly = siteFigures([{ ...step('Search index', 'search', 10, 3), cpuSeconds: 12 }, step('Search index 2', 'search', 1, 1)], files);
    expect(partly.searchCpuSeconds).toBeUndefined();
    expect(figures.astroCpuSeconds).toBeUndefined();
  });
  test('words are absent when the search step printed none', () => {
    expect(siteFigures([step('Search index', 'search', 1, 1)], files).words).toBeUndefined();
  });
});

describe('ratio and formats', () => {
  test.each([
    { ours: 3, floor: 2, expected: 1.5 },
    { ours: 0, floor: 2, expected: 0 },
    { ours: 1, floor: 0, expected: undefined },
    { ours: undefined, floor: 2, expected: undefined },
    { ours: 1, floor: Number.NaN, expected: undefined },
  ])('ratio($ours, $floor) = $expected', ({ ours, floor, expected }) => {
    expect(ratio(ours, floor)).toBe(expected);
  });
  test.each([
    { bytes: 512, expected: '512 B' },
    { bytes: 48_000, expected: '46.9 KB' },
    { bytes: 157 * 2 ** 20, expected: '157.0 MB' },
    { bytes: 12.2 * 2 ** 30, expected: '12.20 GiB' },
  ])('formatBytes($bytes) = $expected', ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
  test.each([
    { seconds: 0.844, expected: '0.84 s' },
    { seconds: 34.21, expected: '34.2 s' },
    { seconds: 192.4, expected: '192 s' },
  ])('formatSeconds($seconds) = $expected', ({ seconds, expected }) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
  test.each([
    { value: 1.234, expected: '1.23×' },
    { value: undefined, expected: '–' },
  ])('formatRatio($value) = $expected', ({ value, expected }) => {
    expect(formatRatio(value)).toBe(expected);
  });
});

describe('parseTimeReport', () => {
  const report = [
    '\tCommand being timed: "node_modules/.bin/pagefind --site dist"',
    '\tUser time (seconds): 1.86',
    '\tSystem time (seconds): 0.15',
    '\tPercent of CPU this job got: 126%',
    '\tElapsed (wall clock) time (h:mm:ss or m:ss): 2:01.60',
    '\tMaximum resident set size (kbytes): 174024',
    '\tExit status: 0',
  ].join('\n');
  test('reads wall time, CPU time, peak memory and exit status', () => {
    expect(parseTimeReport(report)).toEqual({ wallSeconds: 121.6, userSeconds: 1.86, systemSeconds: 0.15, peakRssBytes: 174024 * 1024, exitStatus: 0 });
  });
  test('throws on text that is not a report', () => {
    expect(() => parseTimeReport('Command exited with non-zero status 1')).toThrow(/not a \/usr\/bin\/time -v report/);
  });
  test.each([
    { clock: '0:01.60', seconds: 1.6 },
    { clock: '2:01.60', seconds: 121.6 },
    { clock: '1:02:03', seconds: 3723 },
  ])('parseClock($clock) = $seconds', ({ clock, seconds }) => {
    expect(parseClock(clock)).toBeCloseTo(seconds, 6);
  });
  test.each(['12', 'a:b'])('parseClock(%s) throws', (clock) => {
    expect(() => parseClock(clock)).toThrow(/not a wall-clock time/);
  });
});

describe('parsePagefindTotals', () => {
  test.each([
    { log: 'Total: \n  Indexed 2 languages\n  Indexed 200 pages\n  Indexed 13080 words\n  Indexed 0 filters', expected: { languages: 2, pages: 200, words: 13080, filters: 0 } },
    { log: 'Indexed 1 language\nIndexed 1 page\nIndexed 5 words\nIndexed 7 words', expected: { languages: 1, pages: 1, words: 12 } },
    { log: 'index-search: 100 records in 3.2 s', expected: {} },
  ])('$expected', ({ log, expected }) => {
    expect(parsePagefindTotals(log)).toEqual(expected);
  });
});

describe('failureSummary', () => {
  test.each([
    { log: 'ok\nbuilding\nCannot find module x\n  at foo (bar.js:1)\n', expected: 'Cannot find module x' },
    { log: 'one\ntwo\nthree\nfour\n', expected: 'two / three / four' },
  ])('$expected', ({ log, expected }) => {
    expect(failureSummary(log)).toBe(expected);
  });
});

describe('treeCpuSeconds', () => {
  test('the CPU time of a running process is read from /proc; a missing pid has none', async () => {
    const { treeCpuSeconds } = await import('../../../bench/lib/measure.ts');
    const start = Date.now();
    while (Date.now() - start < 300); // burn some CPU so that this process has used at least a few ticks
    const own = treeCpuSeconds(process.pid).get(process.pid) ?? 0;
    expect(own).toBeGreaterThan(0.2);
    expect(own).toBeLessThan(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 + 1);
    expect(treeCpuSeconds(2 ** 22 + 7).size).toBe(0);
  });
});

describe('treeRssBytes', () => {
  test('counts this process, and more than nothing for a process that does not exist', async () => {
    const { treeRssBytes } = await import('../../../bench/lib/measure.ts');
    expect(treeRssBytes(process.pid)).toBeGreaterThan(10 * 2 ** 20);
    expect(treeRssBytes(2 ** 22 + 7)).toBe(0);
  });
});
