/** The text of each anchored block of an article model, for `npm run convert` on an article file. */
import { inlineText, type Block } from '../../../src/lib/article/model.ts';

/** One anchored piece of text: its id (`p3`, `t5-p2`, `f1`) and its plain text. */
export interface BlockText {
  id: string;
  text: string;
}

/** Every block's text in document order; a turn's label opens its first paragraph (`任振鹤：…`). */
export function blockTexts(blocks: readonly Block[]): BlockText[] {
  return blocks.flatMap((block): BlockText[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [{ id: block.id, text: inlineText(block.children) }];
      case 'gap':
        return [{ id: block.id, text: `〔${block.note}〕` }];
      case 'list':
        return block.children.map((item) => ({ id: item.id, text: inlineText(item.children) }));
      case 'figure':
        return [{ id: block.id, text: [...block.children.map((line) => inlineText(line)), ...(block.credit ? [block.credit] : [])].join(' / ') }];
      case 'turn':
        return [{ id: block.id, text: `${block.label}：` }, ...blockTexts(block.children)];
    }
  });
}
