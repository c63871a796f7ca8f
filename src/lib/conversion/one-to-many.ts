/**
 * The characters whose conversion is a choice: a Simplified character with several Traditional
 * forms (发 → 發/髮, 干 → 干/乾/幹), or a Traditional one with several Simplified forms (乾 → 干/乾).
 * Derived from OpenCC's own tables, so it grows with them: the forms of a character are the targets
 * of its character entry, every character the reverse table maps onto it, and itself where one of
 * OpenCC's phrases keeps it unchanged (干涉→干涉 proves 干 is also Traditional), and both forms of a
 * regional variant (着 → 著: Hong Kong and Taiwan standards differ).
 */
import * as OpenCC from 'opencc-js';
import type { DictLike } from 'opencc-js/core';
import type { Script } from '../../i18n/locales.ts';

function* pairsOf(dict: DictLike): Generator<readonly [string, string]> {
  if (typeof dict !== 'string') yield* dict;
  else for (const line of dict.split('|')) {
    const [from, to] = line.split(' ');
    if (from && to !== undefined) yield [from, to];
  }
}

const cache = new Map<Script, ReadonlyMap<string, readonly string[]>>();

/** For converting into `to`: each source character with two or more possible forms, and the forms. */
export function oneToManyCharacters(to: Script): ReadonlyMap<string, readonly string[]> {
  const hit = cache.get(to);
  if (hit) return hit;
  // The main group of each direction and of its reverse: cn→t for hant, t→cn for hans.
  const forward = to === 'hant' ? OpenCC.Locale.from.cn : OpenCC.Locale.to.cn;
  const reverse = to === 'hant' ? OpenCC.Locale.to.cn : OpenCC.Locale.from.cn;
  const forms = new Map<string, Set<string>>();
  const add = (char: string, form: string): void => void forms.set(char, (forms.get(char) ?? new Set()).add(form));
  for (const group of forward ?? []) {
    for (const dict of group) {
      for (const [from, target] of pairsOf(dict)) {
        const a = [...from];
        const b = [...target];
        if (a.length === 1) add(from, target);
        else if (a.length === b.length) a.forEach((char, i) => add(char, b[i] ?? char));
      }
    }
  }
  for (const group of reverse ?? []) for (const dict of group) for (const [from, target] of pairsOf(dict)) if ([...from].length === 1 && [...target].length === 1) add(target, from);
  // The regional variant tables make a choice of standard too (着 → 著, 裏 → 裡).
  const variants = to === 'hant' ? OpenCC.Locale.to.tw : OpenCC.Locale.from.tw;
  for (const group of variants ?? []) {
    for (const dict of group) {
      for (const [from, target] of pairsOf(dict)) {
        if ([...from].length !== 1) continue;
        add(from, from);
        add(from, target);
      }
    }
  }
  const result = new Map([...forms].filter(([, set]) => set.size > 1).map(([char, set]) => [char, [...set].sort()]));
  cache.set(to, result);
  return result;
}
