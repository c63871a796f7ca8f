/**
 * Stage: remove pinyin annotations (`學(xué)習(xí)` → `學習`) that a content-mirror converter
 * inserted after characters, keeping legitimate parentheticals (`8縣(區)`, `13場(次)`, `(記者 張弘毅)`).
 */
import { SYLLABLE, hasToneMark, isReadingOf } from '../mojibake/pinyin.ts';

/** One removed annotation. */
export interface AnnotationRemoval {
  /** Offset of the `(` in the input text. */
  offset: number;
  /** The removed text, parentheses included (`(xué)`). */
  removed: string;
  /** The annotated character. */
  char: string;
  /** Whether pinyin-pro confirms the reading as one of the character's readings. */
  readingConfirmed: boolean;
}

/** Result of {@link removePinyinAnnotations}. */
export interface Unannotated {
  text: string;
  removals: AnnotationRemoval[];
}

// A Han character, then a reading in ASCII parentheses. The lookbehind keeps the character
// itself in the text; the reading must be a single lowercase syllable.
const annotation = new RegExp(`(?<=(\\p{Script=Han}))\\((${SYLLABLE})\\)`, 'gu');

/**
 * Removes every `(reading)` that follows a Han character when the reading is tone-marked
 * (legitimate parentheticals never are) or, toneless, is confirmed by pinyin-pro.
 * @example removePinyinAnnotations('8縣(區(qū))').text // → '8縣(區)'
 */
export function removePinyinAnnotations(text: string): Unannotated {
  const removals: AnnotationRemoval[] = [];
  const out = text.replace(annotation, (whole: string, char: string, reading: string, offset: number) => {
    const readingConfirmed = isReadingOf(char, reading);
    if (!hasToneMark(reading) && !readingConfirmed) return whole;
    removals.push({ offset, removed: whole, char, readingConfirmed });
    return '';
  });
  return { text: out, removals };
}
