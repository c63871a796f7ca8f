/**
 * The passages of an article that search can return: every paragraph with its anchor (a Q&A
 * turn's paragraphs `t5`, `t5-p2`…, a report's `p3`), figure captions, list items and headings,
 * each with who is speaking. A result links to `/{locale}/articles/{id}/#{anchor}`.
 */
import { inlineText, type Block, type TurnRole } from '../article/model.ts';

/** A searchable passage in the article's own script. */
export interface Passage {
  /** Anchor on the article page; `''` for the headline (links to the top of the page). */
  anchor: string;
  /** Plain text. */
  text: string;
  /** Role of the turn the passage belongs to, if any. */
  role?: TurnRole;
  /** Registry id of the speaker (host, statement and answer turns). */
  speakerId?: string;
  /** Outlet of the questioner (question turns), in the article's script. */
  outlet?: string;
}

/**
 * The passages of a parsed article body in document order. A turn's first paragraph is cited by the
 * turn's own anchor (`t5`), so that the link lands on the speaker's label; later ones by theirs (`t5-p2`).
 */
export function passagesOf(blocks: readonly Block[]): Passage[] {
  const out: Passage[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        out.push({ anchor: block.id, text: inlineText(block) });
        break;
      case 'figure':
        out.push({ anchor: block.id, text: block.children.map(inlineText).join(' ') });
        break;
      case 'list':
        for (const item of block.children) out.push({ anchor: item.id, text: inlineText(item) });
        break;
      case 'turn': {
        const who = {
          role: block.role,
          ...(block.speakerId ? { speakerId: block.speakerId } : {}),
          ...(block.outlet ? { outlet: block.outlet } : {}),
        };
        block.children.forEach((child, index) => {
          const text = child.type === 'paragraph' ? inlineText(child) : child.children.map(inlineText).join(' ');
          out.push({ anchor: index === 0 ? block.id : child.id, text, ...who });
        });
        break;
      }
      case 'gap':
        // Editorial notes say what is missing; they are not quotable text.
        break;
    }
  }
  return out.filter((passage) => passage.text.trim() !== '');
}
