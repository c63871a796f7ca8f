/**
 * A character's forms in the other script, from OpenCC's character tables (opencc-js with the
 * archive's presets, src/lib/data/opencc-presets.ts): 級 ↔ 级, 強 ↔ 强, 後 ↔ 后. The realignment
 * uses them to tell two readings apart that differ only in script (scripts/lib/stages/realign.ts,
 * ruleOutOtherScript). To extend, change the presets: the tables are OpenCC's, not the archive's.
 */
import * as OpenCC from 'opencc-js';
import { openccPresets } from '../../../src/lib/data/opencc-presets.ts';

let converters: { toHant: (s: string) => string; toHans: (s: string) => string } | undefined;
const forms = new Map<string, readonly string[]>();

/**
 * The single-character conversions of `char` into either script that differ from it (none for a
 * character both scripts write alike). Converters are built on first use and answers memoized.
 * @example scriptFormsOf('級') // → ['级']
 * @example scriptFormsOf('后') // → ['後']
 */
export function scriptFormsOf(char: string): readonly string[] {
  let out = forms.get(char);
  if (out === undefined) {
    converters ??= { toHant: OpenCC.Converter(openccPresets.toHant), toHans: OpenCC.Converter(openccPresets.toHans) };
    out = [...new Set([converters.toHant(char), converters.toHans(char)])].filter((c) => c !== char);
    forms.set(char, out);
  }
  return out;
}

/** Whether two different characters are forms of each other in the two scripts (either converts to the other). */
export function areScriptForms(a: string, b: string): boolean {
  return a !== b && (scriptFormsOf(a).includes(b) || scriptFormsOf(b).includes(a));
}
