/**
 * Tells whether a Chinese text is Simplified or Traditional by counting characters that only one
 * script uses: those character-level OpenCC changes in one direction but not the other.
 */
import { convertWithOpenccOnly } from '../../../src/lib/convert.ts';
import type { ScriptCode } from '../../../src/lib/article/schema.ts';

/** Counts of script-specific characters, and the verdict (`null` when the text has neither). */
export function detectScript(text: string): { script: ScriptCode | null; hans: number; hant: number } {
  let hans = 0;
  let hant = 0;
  for (const char of new Set(text.match(/\p{Script=Han}/gu) ?? [])) {
    if (convertWithOpenccOnly(char, 'hant') !== char) hans++;
    if (convertWithOpenccOnly(char, 'hans') !== char) hant++;
  }
  const script = hans === 0 && hant === 0 ? null : hant > hans ? 'hant' : 'hans';
  return { script, hans, hant };
}
