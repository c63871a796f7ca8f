/**
 * Turns laid-out units into body items: captions (and their credits) become figures, headings lose
 * their `#` markers, body blocks become paragraphs. Front units (kicker, title, subtitle, byline,
 * participants) are returned apart for the metadata stage. Figures stay where they were printed;
 * reflow then rejoins the paragraph they interrupted and moves them after it.
 */
import { isPhotoCredit } from '../../../src/lib/article/labels.ts';
import type { Unit } from './model.ts';
import type { BodyItem, FigureItem } from '../../../src/lib/article/body-items.ts';

/** A figure from a caption unit: every line a caption line, a last line like `黄培军摄` the credit. */
export function captionFigure(unit: Unit): FigureItem {
  const lines = [...unit.lines];
  const last = lines.at(-1) ?? '';
  const credit = lines.length > 1 && isPhotoCredit(last) ? lines.pop() : undefined;
  const figure: FigureItem = { kind: 'figure', lines: [unit.line], caption: lines };
  if (credit) figure.credit = credit;
  return figure;
}

/** Strips Markdown heading markers from a title or heading line. */
export function stripHeading(text: string): string {
  return text.replace(/^#{1,6}\s*/, '').trim();
}

/** Body items and the front units of one article. */
export function toBodyItems(units: readonly Unit[]): { items: BodyItem[]; front: Unit[] } {
  const items: BodyItem[] = [];
  const front: Unit[] = [];
  for (const unit of units) {
    switch (unit.role) {
      case 'caption':
        items.push(captionFigure(unit));
        break;
      case 'heading':
        items.push({ kind: 'heading', lines: [unit.line], text: stripHeading(unit.lines.join('')) });
        break;
      case 'body':
        items.push({ kind: 'paragraph', lines: [unit.line], text: unit.lines.join('') });
        break;
      default:
        front.push(unit);
    }
  }
  return { items, front };
}
