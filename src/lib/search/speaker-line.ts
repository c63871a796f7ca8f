/**
 * Who speaks in a search hit, in the reader's script: one wording for the search page and for
 * `npm run quote` (both render it from the same stored passage).
 */
import type { Translate } from '../../i18n/translator.ts';
import type { UiTable } from '../../i18n/ui.ts';
import type { Fold } from './fold.ts';
import { fromBiText, type StoredArticle, type StoredPassage } from './record.ts';

/** The UI strings a speaker line uses. */
export type SpeakerLineStrings = Pick<UiTable, 'search.role.question' | 'search.role.answer' | 'search.role.statement' | 'search.role.host' | 'search.headline'>;

/**
 * The speaker line of a passage; `names` maps speaker ids to names in `script`; empty for body passages.
 * @example speakerLine(article, { r: 'a', s: 'ren-zhenhe', … }, 'hans', names, t, fold) // '任振鹤回答'
 */
export function speakerLine(article: StoredArticle, passage: StoredPassage, script: 'hans' | 'hant', names: ReadonlyMap<string, string>, t: Translate<SpeakerLineStrings>, fold: Fold): string {
  const name = passage.s ? (names.get(passage.s) ?? passage.s) : '';
  const asker = passage.o !== undefined ? article.askers?.[passage.o] : undefined;
  switch (passage.r) {
    case 'q':
      return t('search.role.question', { outlet: asker ? fromBiText(asker, script, fold) : '' });
    case 'a':
      return t('search.role.answer', { name });
    case 's':
      return t('search.role.statement', { name });
    case 'h':
      return t('search.role.host', { name });
    default:
      return passage.a === '' ? t('search.headline') : '';
  }
}
