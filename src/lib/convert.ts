/**
 * Script conversion for the site: character-level OpenCC with protected names as a custom
 * dictionary stage. Text is split at protected names (longest match first); names are replaced by
 * their hand-written form in the target script, everything between them goes through OpenCC.
 * Only text leaves are ever passed here, never Markdown, HTML, ids or URLs.
 *
 * Traditional → Traditional is not the identity: stored Traditional texts may carry leftover
 * Simplified forms from the converter that produced them (`縣級干部`). `repairTraditional()` fixes
 * them conservatively by a round trip through Simplified (see there).
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../i18n/locales.ts';
import { openccPresets } from './data/opencc-presets.ts';
import { protectedOutlets, protectedPlaces, protectedSurnames, type ProtectedName } from './data/protected-names.ts';
import { standardTraditionalForms } from './data/standard-traditional-forms.ts';

export type { ProtectedName };

/** Converts a text from one script to another. */
export type ScriptConverter = (text: string, from: Script, to: Script) => string;

let toHant: OpenCC.ConverterFunction | undefined;
let toHans: OpenCC.ConverterFunction | undefined;

/**
 * Builds a converter from the preset's dictionary groups. `ConverterFactory` applies OpenCC's
 * dictionaries by longest match, 4–5× faster than `Converter()`'s mmseg segmentation and with the
 * same output on every article of the archive (measured with the 1.4.2 dictionaries); the case
 * table in tests/unit/lib/convert.test.ts pins the results.
 */
function fromPreset(preset: { from: string; to: string }): OpenCC.ConverterFunction {
  const from = OpenCC.Locale.from[preset.from];
  const to = OpenCC.Locale.to[preset.to];
  if (!from || !to) throw new Error(`opencc-js has no locale ${preset.from} → ${preset.to}`);
  return OpenCC.ConverterFactory(from, to);
}

function opencc(text: string, to: Script): string {
  if (to === 'hant') return (toHant ??= fromPreset(openccPresets.toHant))(text);
  return (toHans ??= fromPreset(openccPresets.toHans))(text);
}

/**
 * Repairs leftover Simplified forms in a Traditional text by a round trip through Simplified: a
 * character is replaced only where it is also its own Simplified form and the round trip, which
 * decides with OpenCC's phrase context, gives another form: `縣級干部`→`縣級幹部`, `關系`→`關係`.
 * Traditional-only forms the text chose (裏, 著) are kept, and characters that are legitimate in
 * their phrase (鄰里, 若干) stay, and so do characters listed in `standardTraditionalForms`, which
 * are correct Traditional wherever a text wrote them (`發布會` stays as published, although OpenCC
 * would write 發佈 when converting from Simplified).
 * @example repairTraditional('縣級干部') // '縣級幹部'; repairTraditional('鄰里') // '鄰里'
 */
export function repairTraditional(text: string): string {
  const original = [...text];
  const hans = [...opencc(text, 'hans')];
  const back = [...opencc(hans.join(''), 'hant')];
  // OpenCC's tables are length-preserving; if a conversion ever is not, leave the text alone.
  if (hans.length !== original.length || back.length !== original.length) return text;
  return original
    .map((char, i) => (char === hans[i] && char !== back[i] && !standardTraditionalForms.has(char) ? (back[i] ?? char) : char))
    .join('');
}

/** Every built-in protected name (places, outlets). */
export const builtInProtectedNames: readonly ProtectedName[] = [...protectedPlaces, ...protectedOutlets];

/**
 * Creates a converter protecting the given names (e.g. every speaker of the registry) and the
 * built-in places and outlets. Results are cached, so converting the same string twice is free.
 */
export function createConverter(names: readonly ProtectedName[] = []): ScriptConverter {
  // Name forms of both scripts, each mapped to its forms.
  const forms = new Map<string, ProtectedName>();
  for (const name of [...builtInProtectedNames, ...names]) for (const form of [name.hans, name.hant]) if (form) forms.set(form, name);
  // One alternation, longest form first: at a position the regex takes the first alternative that matches.
  const sorted = [...forms.keys()].sort((a, b) => b.length - a.length);
  const pattern = sorted.length > 0 ? new RegExp(sorted.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  const cache = new Map<string, string>();

  const convertSegment = (segment: string, from: Script, to: Script): string =>
    segment === '' ? '' : from === to ? (to === 'hant' ? repairTraditional(segment) : segment) : opencc(segment, to);

  return (text, from, to) => {
    if (from === 'hans' && to === 'hans') return text;
    const key = `${from}${to}${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let out = '';
    let at = 0;
    if (pattern) {
      for (const match of text.matchAll(pattern)) {
        const name = forms.get(match[0]);
        if (!name) continue;
        out += convertSegment(text.slice(at, match.index), from, to) + name[to];
        at = match.index + match[0].length;
      }
    }
    out += convertSegment(text.slice(at), from, to);
    cache.set(key, out);
    return out;
  };
}

/**
 * Converts a personal name not in the registry (an author, a photographer's credit): a leading
 * protected surname (范, 于, 余) is kept as written, and the rest is converted one character at a
 * time, because a given name is not a word (OpenCC's phrase table would read 长发 as 長髮, long hair).
 * @example convertPersonName(convert, '范长发', 'hans', 'hant') // '范長發'
 */
export function convertPersonName(convert: ScriptConverter, name: string, from: Script, to: Script): string {
  const chars = [...name];
  const keep = protectedSurnames.includes(chars[0] ?? '') ? 1 : 0;
  return chars.map((char, i) => (i < keep ? char : convert(char, from, to))).join('');
}
