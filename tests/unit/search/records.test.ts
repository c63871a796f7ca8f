import { describe, expect, test } from 'vitest';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';
import { createFold } from '../../../src/lib/search/fold.ts';
import { archiveFold, archivePeople, archiveSearchRecords, clientFoldTable } from '../../../src/lib/search/records.ts';

const archive = readArchive('tests/fixtures/search-content');

describe('archiveSearchRecords', () => {
  test('one record per article, in both scripts, whatever script it was published in', () => {
    const records = archiveSearchRecords(archive).map((built) => built.record);
    expect(records.map((r) => r.url).sort()).toEqual([
      '/articles/2023-01-16-search-fixture-interview/',
      '/articles/2023-02-01-search-fixture-traditional/',
      '/articles/2024-06-13-search-fixture-press-conference/',
    ]);
    // The Traditional article is indexed folded to Simplified, like the rest.
    const traditional = records.find((r) => r.url.includes('traditional'))!;
    expect(traditional.content).toContain('确保 开门红');
    expect(traditional.content).not.toContain('開門紅');
  });

  test('is computed once per archive', () => {
    expect(archiveSearchRecords(archive)).toBe(archiveSearchRecords(archive));
  });
});

describe('archivePeople', () => {
  test('every speaker who speaks, with both scripts, positions and answer count', () => {
    const ren = archivePeople(archive).find((p) => p.id === 'ren-zhenhe');
    expect(ren).toMatchObject({ name: '任振鶴', answers: 1 });
    expect(ren?.positions.length).toBeGreaterThan(0);
  });
});

describe('clientFoldTable', () => {
  const fold = createFold(clientFoldTable(archive));
  test.each([
    { id: 'characters of the archive fold as with the full table', input: '開門紅 天水麻辣燙 新質生產力', expected: archiveFold()('開門紅 天水麻辣燙 新質生產力') },
    { id: 'negative: a character the archive never uses is left alone (it cannot match anyway)', input: '龍', expected: '龍' },
  ])('$id', ({ input, expected }) => {
    expect(fold(input)).toBe(expected);
  });

  test('is much smaller than the whole table', () => {
    expect(clientFoldTable(archive).length).toBeLessThan(1000);
  });
});
