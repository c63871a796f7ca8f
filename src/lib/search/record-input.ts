/** Adapts an article of the site's archive (both locales) to what a search record is built from. */
import type { LocalizedArticle } from '../archive.ts';
import { passagesOf } from './passages.ts';
import type { ArticleTexts, RecordInput } from './record.ts';

function textsOf(article: LocalizedArticle): ArticleTexts {
  const texts: ArticleTexts = {
    headline: [article.kicker, article.title, article.subtitle].filter(Boolean).join(' '),
    title: article.title,
    outlet: article.outlet ?? '',
    passages: passagesOf(article.blocks),
  };
  const speaking = new Set(texts.passages.flatMap((p) => (p.speakerId ? [p.speakerId] : [])));
  const speakers = article.participants.filter((p) => speaking.has(p.id)).map((p) => ({ id: p.id, name: p.name }));
  if (speakers.length > 0) texts.speakers = speakers;
  if (article.event !== undefined) texts.event = article.event;
  return texts;
}

/** The record input of an article from its Simplified and Traditional renderings. */
export function recordInputOf(hans: LocalizedArticle, hant: LocalizedArticle): RecordInput {
  return { id: hans.id, date: hans.date, kind: hans.kind, outletId: hans.outletId ?? '', regionId: hans.regionId, hans: textsOf(hans), hant: textsOf(hant) };
}
