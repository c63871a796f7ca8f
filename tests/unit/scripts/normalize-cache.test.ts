import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readErrata, readRegistry, readSources } from '../../../scripts/lib/archive-files.ts';
import { byteStages } from '../../../scripts/lib/normalize/byte-stages.ts';
import { allCached, normalizeArchive, type ArchiveOutput } from '../../../scripts/lib/normalize/normalize-archive.ts';
import { memoryCache, sourceCacheKey, type SourceKeyParts } from '../../../scripts/lib/normalize/normalize-cache.ts';
import type { ByteStages } from '../../../scripts/lib/normalize/normalize-source.ts';

const content = join(import.meta.dirname, '../../../content');
const sources = readSources(join(content, 'sources'));
const registry = readRegistry(join(content, 'speakers.yaml')).speakers;
const errata = readErrata(join(content, 'sources', 'errata.yaml'));

/** The real byte stages, counting how many sources were decoded (= normalized). */
function countingStages(): { stages: ByteStages; decoded: () => number } {
  const real = byteStages(errata);
  let decoded = 0;
  return {
    stages: { decode: (bytes) => (decoded++, real.decode(bytes)), repair: (text, source) => real.repair(text, source) },
    decoded: () => decoded,
  };
}

describe('sourceCacheKey', () => {
  const base: SourceKeyParts = { code: 'c1', file: 'content/sources/a.txt', sha256: 'a'.repeat(64), meta: { layout: [] } as never, errata: '', registry: [] };
  test.each([
    { part: 'code', changed: { code: 'c2' } },
    { part: 'file', changed: { file: 'content/sources/b.txt' } },
    { part: 'bytes', changed: { sha256: 'b'.repeat(64) } },
    { part: 'meta', changed: { meta: { layout: [1] } as never } },
    { part: 'errata', changed: { errata: '- source: a' } },
    { part: 'registry', changed: { registry: [{ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] }] } },
  ])('a change of the $part changes the key', ({ changed }) => {
    expect(sourceCacheKey({ ...base, ...changed })).not.toBe(sourceCacheKey(base));
  });
  test('equal parts give equal keys; text moved between parts does not collide', () => {
    expect(sourceCacheKey({ ...base })).toBe(sourceCacheKey(base));
    expect(sourceCacheKey({ ...base, code: 'ab', errata: '' })).not.toBe(sourceCacheKey({ ...base, code: 'a', errata: 'b' }));
  });
});

describe('normalizeArchive with a cache', () => {
  const cache = memoryCache();
  const incremental = { cache, code: 'test-code', errata };
  let first: ArchiveOutput;
  beforeAll(() => {
    const counting = countingStages();
    first = normalizeArchive(sources, registry, counting.stages, incremental);
    expect(counting.decoded()).toBe(sources.length);
  }, 120_000);

  test('a second run with nothing changed normalizes nothing and gives the same output', () => {
    expect(allCached(sources, registry, incremental)).toBe(true);
    const counting = countingStages();
    const again = normalizeArchive(sources, registry, () => counting.stages, incremental);
    expect(counting.decoded()).toBe(0);
    expect(again.reused).toEqual(sources.map((s) => s.id));
    expect([...again.articles]).toEqual([...first.articles]);
    expect(again.registry).toEqual(first.registry);
  });

  test('changing one source re-normalizes only that source', () => {
    const target = sources[1]!;
    const bytes = new Uint8Array([...target.bytes, 0x0a]);
    const changed = sources.map((s) => (s === target ? { ...s, bytes, sha256: createHash('sha256').update(bytes).digest('hex') } : s));
    expect(allCached(changed, registry, incremental)).toBe(false);
    const counting = countingStages();
    const output = normalizeArchive(changed, registry, counting.stages, incremental);
    expect(counting.decoded()).toBe(1);
    expect(output.reused).toEqual(sources.filter((s) => s !== target).map((s) => s.id));
    // Same articles; the changed source's ones record its new checksum.
    const withoutChecksum = (md: string): string => md.replace(/sha256: [0-9a-f]{64}/, 'sha256: …');
    expect([...output.articles].map(([id, md]) => [id, withoutChecksum(md)])).toEqual([...first.articles].map(([id, md]) => [id, withoutChecksum(md)]));
    const targetIds = first.results.find((r) => r.id === target.id)!.articles.map((a) => a.id);
    for (const [id, md] of output.articles) expect(md === first.articles.get(id)).toBe(!targetIds.includes(id));
  }, 120_000);

  test('without the cache every source is normalized', () => {
    const counting = countingStages();
    const output = normalizeArchive(sources.slice(0, 1), registry, counting.stages);
    expect(counting.decoded()).toBe(1);
    expect(output.reused).toEqual([]);
  }, 120_000);
});
