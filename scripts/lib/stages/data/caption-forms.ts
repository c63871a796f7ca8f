/**
 * How a news page prints a photo caption on one line: it opens by pointing at the picture (`图为…`,
 * `上图：…`, `图片说明：…`) or ends with the photo's credit in brackets (`（新华社记者 李贺 摄）`,
 * `（图片来源：国新网）`). Such a line is the picture's caption, not body text: import and the layout
 * give it the role `caption` (a figure without its image), so it never joins the paragraph around it.
 *
 * Provenance: captions of Xinhua and People's Daily stories (`图为…。新华社记者 … 摄`), State Council
 * Information Office transcripts (`图为发布会现场。（图片来源：国新网 … 摄）`), provincial portals
 * (`上图：…`, `图片说明：…`); both scripts. A caption printed over several hard-broken lines ending in
 * a credit line (`黄培军摄`) is recognised by the credit (labels.ts `isPhotoCredit`).
 */

import { turnLabelGrammar } from '../../../../src/lib/article/data/turn-labels.ts';

/** Words that open a caption by pointing at the picture, without a colon (`图为发布会现场`). */
export const captionOpenings: readonly string[] = ['图为', '圖為'];
/** Words that open a caption before a colon (`上图：…`, `图片说明：…`). */
export const captionLabels: readonly string[] = ['图', '圖', '上图', '上圖', '下图', '下圖', '左图', '左圖', '右图', '右圖', '图片说明', '圖片說明', '图注', '圖註'];

/** A line's closing bracket that credits the photo: `（… 摄）` (the credit words of labels' grammar), `（图片来源：…）`. */
export const bracketedCredit = new RegExp(`[（(][^（）()]{0,40}(?:${[...turnLabelGrammar.photoCredit, '图片来源', '圖片來源', '供图', '供圖'].join('|')})[^（）()]{0,40}[）)]$`, 'u');

const opening = new RegExp(`^(?:${captionOpenings.join('|')}|(?:${captionLabels.join('|')})\\s*[:：])`, 'u');

/** Whether one line reads as a photo caption: it opens by pointing at the picture or closes with a bracketed credit. */
export function isCaptionLine(line: string): boolean {
  const text = line.trim();
  return opening.test(text) || bracketedCredit.test(text);
}
