/**
 * A character's forms in the other script, from OpenCC's character tables (the archive's plain
 * converter, convertWithOpenccOnly in src/lib/convert.ts): 級 ↔ 级, 強 ↔ 强, 後 ↔ 后. The realignment
 * uses them to tell two readings apart that differ only in script (scripts/lib/stages/realign.ts,
 * ruleOutOtherScript). To extend, change the presets: the tables are OpenCC's, not the archive's.
 */
import { convertWithOpenccOnly } from '../../../src/lib/convert.ts';

const forms = new Map<string, readonly string[]>();

/**
 * The single-character conversions of `char` into either script that differ from it (none for a
 * character both scripts write alike). Answers are memoized.
 * @example scriptFormsOf('級') // → ['级']
 * @example scriptFormsOf('后') // → ['後']
 */
export function scriptFormsOf(char: string): readonly string[] {
  let out = forms.get(char);
  if (out === undefined) {
    out = [...new Set([convertWithOpenccOnly(char, 'hant'), convertWithOpenccOnly(char, 'hans')])].filter((c) => c !== char);
    forms.set(char, out);
  }
  return out;
}

/** Whether two different characters are forms of each other in the two scripts (either converts to the other). */
export function areScriptForms(a: string, b: string): boolean {
  return a !== b && (scriptFormsOf(a).includes(b) || scriptFormsOf(b).includes(a));
}
