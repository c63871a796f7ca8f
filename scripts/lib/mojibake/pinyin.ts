/**
 * Pinyin helpers shared by the annotation and realignment stages: what a reading looks like,
 * and whether a reading is one of a character's readings according to pinyin-pro.
 * @see https://pinyin-pro.cn/ — `pinyin(char, { multiple: true })` lists every reading of a character.
 */
import { pinyin } from 'pinyin-pro';

/** Vowels carrying a tone mark (and ü), as the annotating converter writes them. */
export const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

/** One pinyin syllable as annotations write it: lowercase ASCII letters and tone-marked vowels. */
export const SYLLABLE = `[a-z${TONE_VOWELS}]{1,6}`;

const toneMark = new RegExp(`[${TONE_VOWELS}]`, 'u');

/** Whether a lowercase syllable carries a tone mark (legitimate Latin parentheticals never do). */
export function hasToneMark(syllable: string): boolean {
  return toneMark.test(syllable);
}

const cache = new Map<string, readonly string[]>();

/** Every reading pinyin-pro knows for one character, tone-marked (`側` → `cè zè zhāi`). */
export function readingsOf(char: string): readonly string[] {
  let readings = cache.get(char);
  if (readings === undefined) {
    readings = /\p{Script=Han}/u.test(char) ? (pinyin(char, { multiple: true, type: 'array' }) as string[]) : [];
    cache.set(char, readings);
  }
  return readings;
}

/** Whether `reading` (tone-marked, as in `(cè)`) is one of the readings of `char`. */
export function isReadingOf(char: string, reading: string): boolean {
  return readingsOf(char).includes(reading.normalize('NFC'));
}
