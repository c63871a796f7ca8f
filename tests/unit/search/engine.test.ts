import { describe, expect, test } from 'vitest';
import { checkDoc, checkedDoc, rankHits, type SearchContext } from '../../../src/lib/search/engine.ts';
import { createFold } from '../../../src/lib/search/fold.ts';
import { matchPeople, type PersonEntry } from '../../../src/lib/search/people.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import type { StoredArticle, StoredPassage } from '../../../src/lib/search/record.ts';

const fold = createFold('');
const ren: PersonEntry = { id: 'ren', name: '任振鹤', positions: [], answers: 2 };

/** A document: passages as [anchor, text, role?, speaker?, asker?]; passage 0 is the headline. */
const doc = (id: string, date: string, passages: [string, string, StoredPassage['r']?, string?, number?][], askers: string[] = []) => {
  const article: StoredArticle = {
    id, date, kind: 'press-conference', title: id, outlet: '报', headline: passages[0]![1], chunks: [1], askers,
    passages: passages.map(([a, , r, s, o]) => ({ a, ...(r ? { r } : {}), ...(s ? { s } : {}), ...(o !== undefined ? { o } : {}) })),
  };
  return checkedDoc(article, passages.map(([, text]) => text));
};

const docs = [
  doc('old', '2023-01-01', [['', '甘肃发展报告'], ['p1', '天水麻辣烫火爆'], ['p2', '麻辣烫在天水']]),
  doc('new', '2024-06-13', [['', '发布会'], ['t1', '请问天水麻辣烫？', 'q', undefined, 0], ['t2', '天水的麻辣烫好吃', 'a', 'zhang'], ['t3', '我们发展新质生产力', 'a', 'ren'], ['p4', '任振鹤出席并讲话']], ['凤凰卫视']),
  doc('head', '2022-01-01', [['', '天水麻辣烫带火文旅'], ['p1', '其他']]),
];

const search = (raw: string, people: PersonEntry[] = [], extra: Partial<SearchContext> = {}) => {
  const query = parseQuery(raw, fold)!;
  const context: SearchContext = { query, people: matchPeople(query.keys, people, fold), filters: {}, sort: 'relevance', fold, ...extra };
  return rankHits(docs.flatMap((d) => checkDoc(d, context)).filter((h) => h.missing.length === 0), context.sort).map((h) => `${h.article.id}#${h.passage.a}`);
};

describe('ranking', () => {
  test.each([
    { id: 'exact phrase over scattered words, then headline over answer over body, then newest', query: '天水 麻辣烫', expected: ['head#', 'new#t1', 'old#p1', 'new#t2', 'old#p2'] },
    { id: 'headline and answer over body mentions; recency breaks ties', query: '麻辣烫', expected: ['head#', 'new#t2', 'new#t1', 'old#p1', 'old#p2'] },
    { id: 'a named speaker’s own answers first, then passages that mention them', query: '任振鹤', people: [ren], expected: ['new#t3', 'new#p4'] },
    { id: 'negative: without the people table a name is only text', query: '任振鹤', people: [], expected: ['new#p4'] },
    { id: 'name and word: their answer containing the word', query: '任振鹤 新质生产力', people: [ren], expected: ['new#t3'] },
    { id: 'a questioner’s outlet finds the questions it asked', query: '凤凰卫视', expected: ['new#t1'] },
    { id: 'sort newest: date before place', query: '麻辣烫', sort: 'newest' as const, expected: ['new#t2', 'new#t1', 'old#p1', 'old#p2', 'head#'] },
  ])('$id', ({ query, people = [], sort, expected }) => {
    expect(search(query, people, sort ? { sort } : {})).toEqual(expected);
  });

  test('filters: questioner outlet and speaker', () => {
    expect(search('天水', [], { filters: { asker: '凤凰卫视' } })).toEqual(['new#t1']);
    expect(search('天水', [], { filters: { speaker: 'zhang' } })).toEqual(['new#t2']);
  });
});
