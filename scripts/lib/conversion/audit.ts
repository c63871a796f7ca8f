/**
 * The conversion audit: every character of a converted page whose rendering differs from OpenCC's
 * plain output (same presets, no names, overrides, guard or quote rule), with the rule that decided
 * it, so each deviation is a decision someone can review. Pure: `scripts/audit-conversion.ts` reads
 * the archive and prints the result.
 */
import type { Archive, LocalizedArticle } from '../../../src/lib/archive.ts';
import { convertWithOpenccOnly, type TracingConverter } from '../../../src/lib/convert.ts';
import { localeOfScript, type Script } from '../../../src/i18n/locales.ts';
import { describeDecisionAt } from './describe-rule.ts';

/** One character that differs from OpenCC's plain output. */
export interface AuditRow {
  article: string;
  /** Where in the article: a field name or a block path such as `blocks.3.inlines.0.value`. */
  path: string;
  char: string;
  opencc: string;
  ours: string;
  rule: string;
  context: string;
}

/** The audit of a whole archive. */
export interface AuditResult {
  rows: AuditRow[];
  /** Han characters on converted pages. */
  convertedHan: number;
}

/** Fields of a localized article that are data, never converted. */
const dataKeys = new Set(['id', 'url', 'type', 'role', 'speakerId', 'locale', 'script', 'originalScript', 'date', 'dateBasis', 'outletId', 'regionId', 'kind', 'source', 'repairs', 'depth', 'ordered']);

/** Pairs of strings at the same path of two objects: [path, a's string, b's string, whether a's text leaf is pinned]. */
function* stringPairs(a: unknown, b: unknown, path: string, pinned = false): Generator<[string, string, string, boolean]> {
  if (typeof a === 'string' && typeof b === 'string') {
    yield [path, a, b, pinned];
    return;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return;
  const isPinned = 'pinned' in a && a.pinned !== undefined;
  for (const [key, value] of Object.entries(a)) {
    if (dataKeys.has(key) || key === 'pinned') continue;
    yield* stringPairs(value, (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key, isPinned);
  }
}

/** Every display string of a localized article (title, fields, text leaves), with its path. */
export function displayStrings(article: LocalizedArticle): { path: string; text: string }[] {
  return [...stringPairs(article, article, '')].map(([path, text]) => ({ path, text }));
}

/** Audits every converted page of the archive against OpenCC's plain output. */
export function auditConversion(archive: Archive, trace: TracingConverter): AuditResult {
  const rows: AuditRow[] = [];
  let convertedHan = 0;
  for (const script of ['hans', 'hant'] as const satisfies readonly Script[]) {
    const other: Script = script === 'hans' ? 'hant' : 'hans';
    const shown = new Map(archive.articles(localeOfScript(other)).map((a) => [a.id, a]));
    for (const original of archive.articles(localeOfScript(script)).filter((a) => a.originalScript === script)) {
      const converted = shown.get(original.id) as LocalizedArticle;
      for (const [path, from, ours, pinned] of stringPairs(original, converted, '')) {
        convertedHan += from.match(/\p{Script=Han}/gu)?.length ?? 0;
        const opencc = [...convertWithOpenccOnly(from, other)];
        const mine = [...ours];
        const source = [...from];
        if (opencc.join('') === ours) continue;
        const traced = trace(from, script, other);
        // Not the leaf's own conversion: a pin, or an editorial addition converted with its neighbours.
        const context = traced.text === ours ? undefined : pinned ? 'per-article :conv pin' : 'converted with the words around it (an editorial addition 〔〕 beside it)';
        source.forEach((char, i) => {
          if (opencc[i] === mine[i]) return;
          rows.push({
            article: original.id,
            path,
            char,
            opencc: opencc[i] ?? '',
            ours: mine[i] ?? '',
            rule: context ?? describeDecisionAt(traced, i, char),
            context: source.slice(Math.max(0, i - 4), i + 5).join(''),
          });
        });
      }
    }
  }
  return { rows, convertedHan };
}
