/**
 * Round trip on every Traditional original of the archive, through `npm run convert` itself:
 * Traditional → Simplified → Traditional must give the original back character for character,
 * apart from the accepted variant pairs (src/lib/data/accepted-variants.ts). Prints the count of
 * other differences per 1,000 characters (the target, asserted, is 0).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isAcceptedVariantAt } from '../../../src/lib/data/accepted-variants.ts';
import { displayStrings } from '../../../scripts/lib/conversion/audit.ts';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';

const root = join(import.meta.dirname, '../../..');
const archive = readArchive(join(root, 'content'));
const originals = archive.articles('zh-hant').filter((a) => a.originalScript === 'hant');

function convertCli(text: string, to: 'hans' | 'hant'): string {
  return execFileSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts/convert.ts'), '--to', to, '-'], { input: text, encoding: 'utf8', cwd: root });
}

test('the archive holds Traditional originals (the round trip is not vacuous)', () => {
  expect(originals.length).toBeGreaterThanOrEqual(2);
});

test.each(originals.map((a) => ({ id: a.id, article: a })))('$id: Traditional → Simplified → Traditional gives the original back', ({ id, article }) => {
  const lines = displayStrings(article).map((s) => s.text.replace(/\n/g, ' '));
  const original = lines.join('\n');
  const back = convertCli(convertCli(original, 'hans'), 'hant');
  const a = [...original];
  const b = [...back];
  expect(b.length).toBe(a.length);
  const accepted = new Map<string, number>();
  const wrong: string[] = [];
  a.forEach((char, i) => {
    const got = b[i] ?? '';
    if (got === char) return;
    if (isAcceptedVariantAt(a, b, i)) accepted.set(`${char}→${got}`, (accepted.get(`${char}→${got}`) ?? 0) + 1);
    else wrong.push(`${char}→${got} in …${a.slice(Math.max(0, i - 4), i + 5).join('')}…`);
  });
  const han = original.match(/\p{Script=Han}/gu)?.length ?? 0;
  console.log(`${id}: ${wrong.length} round-trip differences in ${han} Han characters (${((wrong.length / han) * 1000).toFixed(2)} per 1,000); accepted variant pairs: ${[...accepted].map(([pair, n]) => `${pair}×${n}`).join(' ') || 'none'}`);
  expect(wrong).toEqual([]);
}, 60_000);
