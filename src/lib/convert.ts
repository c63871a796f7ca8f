/**
 * Script conversion for the site. OpenCC (opencc-js 1.4, `s2tw` / `tw2s` tables) is the engine;
 * the archive layers on it, in this order of precedence:
 * 1. protected names (places, outlets, every speaker of the registry), matched where a word starts,
 *    and a protected surname where the text shows it starts a person's name (data/surname-contexts.ts:
 *    `副省长干玉兰`, `余承东表示` keep 干 and 余);
 * 2. the archive's phrase overrides (data/phrase-overrides.ts), each with its source;
 * 3. OpenCC's phrases, but only as whole words: a phrase must not cut into a word of the text
 *    (`Intl.Segmenter`, confirmed by CC-CEDICT), so 中签 never matches across 集中|签约, 加注 across
 *    更加|注重, 明了 across 指明|了, 和面 across 和|面积. A phrase that straddles falls back to a shorter one;
 * 4. OpenCC's character tables, then its Taiwan variant tables;
 * 5. quotation marks per script (conversion/quotes.ts).
 * A text is shown unchanged in its own script: Traditional originals keep their published forms.
 * Leftover Simplified forms of a Traditional source are repaired once, by the normalizer
 * (`findTraditionalLeftovers()`), and named in the article's provenance.
 * Only text leaves are ever passed here, never Markdown, HTML, ids or URLs.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../i18n/locales.ts';
import { PhraseTrie, trieOfGroup, type ConversionRule, type TrieEntry } from './conversion/phrase-trie.ts';
import { toScriptQuotes } from './conversion/quotes.ts';
import { cutWord, wordStarts } from './conversion/word-starts.ts';
import { acceptedVariantMap } from './data/accepted-variants.ts';
import { openccPresets, type OpenccPreset } from './data/opencc-presets.ts';
import { toHansOverrides, toHantOverrides, type PhraseOverride } from './data/phrase-overrides.ts';
import { protectedOutlets, protectedPlaces, protectedSurnames, type ProtectedName } from './data/protected-names.ts';
import { afterName, givenNameMax } from './data/surname-contexts.ts';
import { positionEndings } from './article/data/position-titles.ts';

export type { ConversionRule, ProtectedName };

/** Converts a text from one script to another. */
export type ScriptConverter = (text: string, from: Script, to: Script) => string;

/** One decision of a conversion: the source text at a code point index, what it became, and why. */
export interface ConversionStep {
  at: number;
  from: string;
  to: string;
  rule: ConversionRule;
}

/** An OpenCC phrase the word-boundary guard refused, because it straddles two words of the text. */
export interface GuardedPhrase {
  at: number;
  phrase: string;
  to: string;
  dict: string;
  /** The text's words around it, `|`-separated (e.g. `集中|签|约`). */
  words: string;
}

/** A conversion with every decision that made it. */
export interface ConversionTrace {
  text: string;
  /** Decisions of protected names, overrides and the first OpenCC group. */
  steps: ConversionStep[];
  /** Decisions of the later OpenCC groups (Taiwan variants), at positions of the text after the first group. */
  variants: ConversionStep[];
  guarded: GuardedPhrase[];
}

interface Direction {
  groups: PhraseTrie[];
  overrides: PhraseTrie;
}

const directions = new Map<Script, Direction>();

function groupsOf(preset: OpenccPreset): OpenCC.DictGroup[] {
  const from = OpenCC.Locale.from[preset.from];
  const to = OpenCC.Locale.to[preset.to];
  if (!from || !to) throw new Error(`opencc-js has no locale ${preset.from} → ${preset.to}`);
  return [...from, ...to];
}

function direction(to: Script): Direction {
  const cached = directions.get(to);
  if (cached) return cached;
  const preset = to === 'hant' ? openccPresets.toHant : openccPresets.toHans;
  const overrides = to === 'hant' ? toHantOverrides : toHansOverrides;
  const entryOf = (o: PhraseOverride): TrieEntry => ({ from: o.from, to: o.to, rule: { kind: 'override', source: o.source } });
  const phraseOverrides = new PhraseTrie();
  for (const o of overrides) if ([...o.from].length > 1) phraseOverrides.add(entryOf(o));
  const groups = groupsOf(preset).map((group, i) => {
    const trie = new PhraseTrie();
    // Single-character overrides replace OpenCC's default for the character (the first entry for a
    // key wins); OpenCC's phrases containing the character still decide where they fit.
    if (i === 0) for (const o of overrides) if ([...o.from].length === 1) trie.add(entryOf(o));
    return trieOfGroup(group, preset.groups[i] ?? [], trie);
  });
  const result: Direction = { groups, overrides: phraseOverrides };
  directions.set(to, result);
  return result;
}

const wordsAround = (chars: readonly string[], starts: readonly boolean[], from: number, to: number): string => {
  let a = from;
  while (a > 0 && !starts[a]) a--;
  let b = to;
  while (b < chars.length && !starts[b]) b++;
  let out = '';
  for (let i = a; i < b; i++) out += (i > a && starts[i] ? '|' : '') + chars[i];
  return out;
};

/** Converts `chars` with one dictionary group, longest entry first, phrases only as whole words. */
function convertWithGroup(chars: readonly string[], starts: readonly boolean[], trie: PhraseTrie, offset: number, steps: ConversionStep[] | undefined, guarded: GuardedPhrase[] | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const matches = trie.matchesAt(chars, i);
    let chosen: { entry: TrieEntry; length: number } | undefined;
    for (let k = matches.length - 1; k >= 0 && !chosen; k--) {
      const match = matches[k];
      if (!match) continue;
      if (match.length === 1 || (!cutWord(chars, starts, i) && !cutWord(chars, starts, i + match.length))) chosen = match;
      else if (guarded && match.entry.rule.kind === 'opencc') guarded.push({ at: offset + i, phrase: match.entry.from, to: match.entry.to, dict: match.entry.rule.dict, words: wordsAround(chars, starts, i, i + match.length) });
    }
    if (chosen) {
      out.push(chosen.entry.to);
      steps?.push({ at: offset + i, from: chosen.entry.from, to: chosen.entry.to, rule: chosen.entry.rule });
      i += chosen.length;
    } else {
      out.push(chars[i] ?? '');
      i++;
    }
  }
  return out;
}

const isHanChar = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/**
 * Why the protected surname at code point `i` starts a person's name (Simplified text converted to
 * Traditional), or undefined: at a word start, no dictionary word with what follows (干部, 余额), and
 * either right after a position title or followed by a given name of one or two characters and a
 * word news prose puts after a name (data/surname-contexts.ts).
 * @example surnameContext([...'副省长干玉兰说'], [true, false, false, true, true, false, true], 3, trie) // 'after the title 长'
 */
function surnameContext(chars: readonly string[], starts: readonly boolean[], i: number, words: PhraseTrie): string | undefined {
  const char = chars[i];
  if (char === undefined || !protectedSurnames.includes(char) || !starts[i] || !isHanChar(chars[i + 1])) return undefined;
  if (words.matchesAt(chars, i).some((m) => m.length > 1)) return undefined;
  const before = chars.slice(Math.max(0, i - 4), i).join('');
  const title = positionEndings.find((ending) => before.endsWith(ending));
  if (title) return `after the title ${title}`;
  for (let n = 1; n <= givenNameMax; n++) {
    if (!chars.slice(i + 1, i + 1 + n).every(isHanChar) || i + 1 + n > chars.length) break;
    const rest = chars.slice(i + 1 + n, i + 1 + n + 4).join('');
    const word = afterName.find((w) => rest.startsWith(w));
    if (word) return `before ${word}`;
  }
  return undefined;
}

/** Options of a traced conversion. */
interface TraceOptions {
  /** Rewrite quotation marks per script (default true). */
  quotes?: boolean;
  /** Record the decisions (default true; the site's converter only needs the text). */
  record?: boolean;
}

function traceWith(names: PhraseTrie, text: string, from: Script, to: Script, options: TraceOptions = {}): ConversionTrace {
  if (from === to) return { text, steps: [], variants: [], guarded: [] };
  const { groups, overrides } = direction(to);
  const chars = [...text];
  const starts = wordStarts(text);
  const steps: ConversionStep[] = [];
  const variants: ConversionStep[] = [];
  const guarded: GuardedPhrase[] = [];
  const pieces: string[] = [];
  let run: string[] = [];
  let runAt = 0;
  const flush = (at: number): void => {
    if (run.length === 0) return;
    // Run edges are boundaries: a locked name or override ends or starts there.
    let runStarts = [true, ...starts.slice(runAt + 1, runAt + run.length), true];
    let current: readonly string[] = run;
    groups.forEach((trie, g) => {
      const record = options.record !== false;
      const out = convertWithGroup(current, runStarts, trie, runAt, record ? (g === 0 ? steps : variants) : undefined, record ? guarded : undefined);
      const next = [...out.join('')];
      // OpenCC's tables are length-preserving; if an entry is not, segment the new text afresh.
      if (next.length !== current.length) runStarts = wordStarts(next.join(''));
      current = next;
    });
    pieces.push(current.join(''));
    run = [];
    runAt = at;
  };
  for (let i = 0; i < chars.length; ) {
    const named = names.matchesAt(chars, i).at(-1);
    const name = named && !cutWord(chars, starts, i) ? named : undefined;
    const override = name ? undefined : overrides.matchesAt(chars, i).findLast((m) => !cutWord(chars, starts, i) && !cutWord(chars, starts, i + m.length));
    const surname = name || override || to !== 'hant' ? undefined : surnameContext(chars, starts, i, groups[0] as PhraseTrie);
    const lock = name ?? override ?? (surname ? { entry: { from: chars[i] as string, to: chars[i] as string, rule: { kind: 'surname' as const, context: surname } }, length: 1 } : undefined);
    if (lock) {
      flush(i);
      pieces.push(lock.entry.to);
      steps.push({ at: i, from: lock.entry.from, to: lock.entry.to, rule: lock.entry.rule });
      i += lock.length;
      runAt = i;
    } else {
      if (run.length === 0) runAt = i;
      run.push(chars[i] ?? '');
      i++;
    }
  }
  flush(chars.length);
  const joined = pieces.join('');
  return { text: options.quotes === false ? joined : toScriptQuotes(joined, to), steps, variants, guarded };
}

/** Every built-in protected name (places, outlets). */
export const builtInProtectedNames: readonly ProtectedName[] = [...protectedPlaces, ...protectedOutlets];

function namesTrie(names: readonly ProtectedName[], to: Script): PhraseTrie {
  const trie = new PhraseTrie();
  for (const name of [...builtInProtectedNames, ...names]) {
    for (const form of [name.hans, name.hant]) if (form) trie.add({ from: form, to: name[to], rule: { kind: 'protected-name' } });
  }
  return trie;
}

/** A converter that also tells how it decided (for `npm run convert -- --explain` and the audit). */
export type TracingConverter = (text: string, from: Script, to: Script, options?: TraceOptions) => ConversionTrace;

/** Creates a tracing converter protecting the given names and the built-in places and outlets. */
export function createTracingConverter(names: readonly ProtectedName[] = []): TracingConverter {
  const tries = { hans: namesTrie(names, 'hans'), hant: namesTrie(names, 'hant') };
  return (text, from, to, options) => traceWith(tries[to], text, from, to, options);
}

/**
 * Creates the site's converter, protecting the given names (e.g. every speaker of the registry)
 * and the built-in places and outlets. A text in its own script is returned unchanged, except that
 * a protected name written in the other script's form gets this script's form (a Traditional
 * article's `region: 甘肃` shows 甘肅). Results are cached, so converting the same string twice is free.
 * @example createConverter()('集中签约', 'hans', 'hant') // '集中簽約' (OpenCC alone: 集中籤約)
 */
export function createConverter(names: readonly ProtectedName[] = []): ScriptConverter {
  const trace = createTracingConverter(names);
  // One cache per target script, keyed by the text itself: a key made by prefixing the script would be
  // a second copy of every text converted (the whole archive's text, kept for the build).
  const cache: Record<Script, Map<string, string>> = { hans: new Map(), hant: new Map() };
  const foreign = { hans: foreignNames(names, 'hans'), hant: foreignNames(names, 'hant') };
  return (text, from, to) => {
    if (from === to) return foreign[to] ? renameForeignForms(foreign[to], text) : text;
    const hit = cache[to].get(text);
    if (hit !== undefined) return hit;
    const out = trace(text, from, to, { record: false }).text;
    cache[to].set(text, out);
    return out;
  };
}

/** The other script's forms of protected names, to rename in a text of this script. */
interface ForeignNames {
  trie: PhraseTrie;
  /**
   * Matches a text that holds a character only a foreign form can bring: each form contributes the
   * characters where it differs from this script's form (張 of 張三 against 张三), or all of its
   * characters when the two differ in length. A text it does not match contains no foreign form.
   */
  telltale: RegExp;
}

/** Protected names whose `script` form differs from the other script's form: other form → this form. */
function foreignNames(names: readonly ProtectedName[], script: Script): ForeignNames | undefined {
  const other: Script = script === 'hans' ? 'hant' : 'hans';
  const trie = new PhraseTrie();
  const telltales = new Set<string>();
  for (const name of [...builtInProtectedNames, ...names]) {
    const from = name[other];
    const to = name[script];
    if (!from || from === to) continue;
    trie.add({ from, to, rule: { kind: 'protected-name' } });
    const [a, b] = [[...from], [...to]];
    for (const [i, char] of a.entries()) if (a.length !== b.length || char !== b[i]) telltales.add(char);
  }
  if (telltales.size === 0) return undefined;
  const escape = (char: string): string => (/[\\\]^-]/.test(char) ? `\\${char}` : char);
  return { trie, telltale: new RegExp(`[${[...telltales].map(escape).join('')}]`, 'u') };
}

/**
 * A text in its own script is shown as it is, except protected names written in the other
 * script's form (a Traditional article's frontmatter `region: 甘肃`), which get this script's form.
 */
function renameForeignForms({ trie, telltale }: ForeignNames, text: string): string {
  // Most texts hold no character that only a foreign form has: they are returned without being split or segmented.
  if (!telltale.test(text)) return text;
  const chars = [...text];
  if (!chars.some((c) => c.charCodeAt(0) > 0x2e7f)) return text;
  // Segmenting is the costly part and only decides between matches, which are rare: the text is
  // segmented once, at its first match, not for every text leaf.
  let starts: boolean[] | undefined;
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const candidate = trie.matchesAt(chars, i).at(-1);
    const match = candidate && !cutWord(chars, (starts ??= wordStarts(text)), i) ? candidate : undefined;
    if (match) {
      out += match.entry.to;
      i += match.length;
    } else out += chars[i++] ?? '';
  }
  return out;
}

const plain = new Map<Script, OpenCC.ConverterFunction>();

/**
 * OpenCC alone with the site's presets (no names, overrides, guard or quote rule), built on first use:
 * the audit's baseline, and the one plain converter of the normalizer (script detection, speakers'
 * names in both scripts, the realignment's script forms).
 */
export function convertWithOpenccOnly(text: string, to: Script): string {
  let convert = plain.get(to);
  if (!convert) plain.set(to, (convert = OpenCC.ConverterFactory(...groupsOf(to === 'hant' ? openccPresets.toHant : openccPresets.toHans))));
  return convert(text);
}

/** A leftover Simplified form in a Traditional text: where, what, what it should be, and why. */
export interface TraditionalLeftover {
  /** Code point index in the text. */
  at: number;
  before: string;
  after: string;
  /** The decision of the converter that wrote the Traditional form. */
  step: ConversionStep;
}

/**
 * Finds leftover Simplified forms in a Traditional text (a source's own converter left 制氫 for
 * 製氫, 旅游 for 旅遊): a character is a leftover where it is its own Simplified form, the site's
 * converter writes another form when converting the text's Simplified reading back, and the pair is not an accepted
 * variant (data/accepted-variants.ts: 着/著, 台/臺, 周/週 are Hong Kong and Taiwan forms, both right).
 * The converter's word-boundary guard keeps it from creating forms (和|面積 stays 面積), and a
 * protected surname (范, 于, 余, 岳) is only repaired where a phrase decides it.
 * @example findTraditionalLeftovers(createTracingConverter(), '縣級干部') // [{ at: 2, before: '干', after: '幹', … }]
 */
export function findTraditionalLeftovers(trace: TracingConverter, text: string): TraditionalLeftover[] {
  const original = [...text];
  const hans = [...trace(text, 'hant', 'hans', { quotes: false }).text];
  // Round trip: the Simplified reading, converted back with the site's converter.
  const result = trace(hans.join(''), 'hans', 'hant', { quotes: false });
  const back = [...result.text];
  if (hans.length !== original.length || back.length !== original.length) return [];
  const leftovers: TraditionalLeftover[] = [];
  original.forEach((char, i) => {
    const after = back[i] ?? char;
    if (char !== hans[i] || after === char || !/\p{Script=Han}/u.test(char) || acceptedVariantMap.get(char)?.has(after)) return;
    const step = [...result.steps, ...result.variants].findLast((s) => s.at <= i && i < s.at + [...s.from].length);
    // A surname (范, 于, 余, 岳) is repaired only inside a phrase (示范→示範, 关于→關於): a
    // one-character default cannot tell the name 范長發 from 範.
    if (!step || ([...step.from].length === 1 && protectedSurnames.includes(char))) return;
    leftovers.push({ at: i, before: char, after, step });
  });
  return leftovers;
}

/**
 * Converts a personal name not in the registry (an author, a photographer's credit): a leading
 * protected surname (范, 于, 余, 岳) is kept as written, and the rest is converted one character at a
 * time, because a given name is not a word (OpenCC's phrase table would read 长发 as 長髮, long hair).
 * @example convertPersonName(convert, '范长发', 'hans', 'hant') // '范長發'
 */
export function convertPersonName(convert: ScriptConverter, name: string, from: Script, to: Script): string {
  const chars = [...name];
  const keep = protectedSurnames.includes(chars[0] ?? '') ? 1 : 0;
  return chars.map((char, i) => (i < keep ? char : convert(char, from, to))).join('');
}
