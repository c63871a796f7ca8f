import { describe, expect, test } from 'vitest';
import { calibrationTable, evidenceTable, pathTable, type CalibrationPoint } from '../../../scripts/lib/mojibake/calibrate.ts';
import type { SpanDecision } from '../../../scripts/lib/mojibake/measure.ts';

const point = (p: Partial<CalibrationPoint>): CalibrationPoint => ({ lost: false, repairs: true, correct: true, margin: 10, guesses: 0, punctuationRival: false, lostGap: Infinity, truthRank: 0, ...p });

// Five spans: right by a wide margin, right by a narrow one, wrong by a middling one, a
// punctuation choice (never decided by margin), and a lost-byte span the search would repair.
const POINTS = [
  point({ margin: 9 }),
  point({ margin: 3, guesses: 2 }),
  point({ margin: 5, correct: false, truthRank: -1 }),
  point({ margin: 12, punctuationRival: true }),
  point({ margin: 7, lost: true, correct: false }),
];

describe('calibrationTable: precision against coverage of decision rules', () => {
  test.each([
    { id: 'a low margin decides every repair but the punctuation choice', margin: 2, maxGuesses: Infinity, expected: { decided: 3, exact: 2, wrong: 1, lostGuessed: 1 } },
    { id: 'a margin above the wrong one', margin: 6, maxGuesses: Infinity, expected: { decided: 1, exact: 1, wrong: 0, lostGuessed: 1 } },
    { id: 'a guess limit leaves the two-guess repair out', margin: 2, maxGuesses: 1, expected: { decided: 2, exact: 1, wrong: 1, lostGuessed: 1 } },
    { id: 'above every margin nothing is decided', margin: 20, maxGuesses: Infinity, expected: { decided: 0, exact: 0, wrong: 0, lostGuessed: 0 } },
  ])('$id', ({ margin, maxGuesses, expected }) => {
    const [row] = calibrationTable(POINTS, [margin], [maxGuesses]);
    expect(row).toEqual({ margin, maxGuesses, ...expected });
  });

  test.each([
    { id: 'a lost-byte reading within the margin blocks the decision', margin: 6, expected: 0 },
    { id: 'below the lost-byte reading’s gap the span is decided', margin: 3, expected: 1 },
  ])('$id', ({ margin, expected }) => {
    const [row] = calibrationTable([point({ margin: 9, lostGap: 4 })], [margin], [Infinity]);
    expect(row?.decided).toBe(expected);
  });

  test('one row per margin and guess limit, margins outermost', () => {
    expect(calibrationTable(POINTS, [2, 6], [0, 1]).map((r) => [r.margin, r.maxGuesses])).toEqual([[2, 0], [2, 1], [6, 0], [6, 1]]);
  });
});

describe('pathTable: precision and coverage of every decision rule', () => {
  const at = (path: string, outcome: SpanDecision['outcome'], lost = false): SpanDecision => ({ lost, evidence: 'pinned', outcome, path, records: [] });
  test('counts each span once under the rule that decided it; lost-byte spans only as guesses', () => {
    const rows = pathTable([at('margin/1', 'exact'), at('margin/1', 'wrong'), at('document-support/2', 'exact'), at('undecided', 'unresolved'), at('undecided', 'wrong'), at('margin/1', 'wrong', true), at('undecided', 'unresolved', true)]);
    expect(rows).toEqual([
      { path: 'document-support/2', decided: 1, exact: 1, wrong: 0, lostGuessed: 0 },
      { path: 'margin/1', decided: 2, exact: 1, wrong: 1, lostGuessed: 1 },
      { path: 'undecided', decided: 2, exact: 0, wrong: 1, lostGuessed: 0 },
    ]);
  });
});

describe('evidenceTable: outcomes by what the damaged text still says of the hidden bytes', () => {
  const span = (evidence: SpanDecision['evidence'], outcome: SpanDecision['outcome'], lost = false): SpanDecision => ({ lost, evidence, outcome, path: 'undecided', records: [] });
  test('every class in order, least evidence first; lost-byte spans not counted', () => {
    const rows = evidenceTable([span('pinned', 'exact'), span('pinned', 'unresolved'), span('private pair', 'wrong'), span('first byte unpinned', 'exact'), span('pinned', 'wrong', true)]);
    expect(rows).toEqual([
      { evidence: 'private pair', spans: 1, exact: 0, unresolved: 0, wrong: 1 },
      { evidence: 'dropped lead', spans: 0, exact: 0, unresolved: 0, wrong: 0 },
      { evidence: 'first byte unpinned', spans: 1, exact: 1, unresolved: 0, wrong: 0 },
      { evidence: 'pinned', spans: 2, exact: 1, unresolved: 1, wrong: 0 },
    ]);
  });
});
