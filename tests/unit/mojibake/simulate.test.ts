import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { EVIDENCE, simulateDamage, spanEvidence } from '../../../scripts/lib/mojibake/simulate.ts';
import { addMeasurement, emptyMeasurement, measureRepairs, type Measurement } from '../../../scripts/lib/mojibake/measure.ts';
import { annotatesLikeSource002, cleanLines, simulationCorpus } from '../../../scripts/lib/mojibake/corpus.ts';
import { realignGbk } from '../../../scripts/lib/stages/realign.ts';
import { evidenceTable, pathTable } from '../../../scripts/lib/mojibake/calibrate.ts';

// Clean Traditional text from the archive (source 001, a Traditional news report).
const CLEAN = readFileSync('content/sources/001_a72937d6c9f82b4b.txt', 'utf8');

describe('simulateDamage', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    expect(simulateDamage(CLEAN, { seed: 7 })).toEqual(simulateDamage(CLEAN, { seed: 7 }));
    expect(simulateDamage(CLEAN, { seed: 7 }).damaged).not.toBe(simulateDamage(CLEAN, { seed: 8 }).damaged);
  });

  test('damages the way source 002 is damaged', () => {
    const sim = simulateDamage(CLEAN, { seed: 1 });
    const lines = sim.damaged.split('\n');
    expect(sim.spans.length).toBeGreaterThan(30);
    for (const span of sim.spans) {
      expect(span.damaged.startsWith('?')).toBe(true);
      expect(lines[span.line]?.slice(span.column).startsWith(span.damaged)).toBe(true);
      expect(span.events[0]).toMatch(/^first \? hides [0-9A-F]{2}$/u);
    }
    expect(sim.damaged).toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u); // annotations
    expect(sim.damaged).not.toMatch(/[\uff01-\uff5e]/u); // full-width forms folded like the source
    expect(sim.expected.split('\n')).toHaveLength(lines.length);
  });

  test('without spans, only annotations are added', () => {
    const sim = simulateDamage('慶陽市委常委、常務副市長劉長發介紹相關情況。', { seed: 3, spansPerLine: 0, annotate: 1 });
    expect(sim.spans).toEqual([]);
    expect(sim.damaged.replace(/\([^)]*\)/g, '')).toBe(sim.expected);
  });
});

describe('spanEvidence: what the damaged text still says of a span\'s hidden bytes', () => {
  test.each([
    { id: 'a reading after the first ? pins the first byte', damaged: '?zhǔn)桨l(fā)展', events: ['first ? hides CA', '桨 BD B0'], expected: 'pinned' },
    { id: 'a bare first ? leaves it to the models', damaged: '?桨l(fā)展', events: ['first ? hides CA', '桨 BD B0'], expected: 'first byte unpinned' },
    { id: 'a reading elsewhere in the span does not pin the first byte', damaged: '?桨(jiǎng)', events: ['first ? hides CA', '桨 BD B0'], expected: 'first byte unpinned' },
    { id: 'a dropped lead byte', damaged: '?tīng)?', events: ['first ? hides D5', '? drops lead A6'], expected: 'dropped lead' },
    { id: 'a private pair shown as ?, even with the first byte pinned', damaged: '?tīng)??', events: ['first ? hides D5', 'private AA B0 as ?'], expected: 'private pair' },
    { id: 'a private pair that vanished', damaged: '?丝', events: ['first ? hides B2', 'private FE B6 vanished', '丝 CB BF'], expected: 'private pair' },
  ])('$id', ({ damaged, events, expected }) => {
    expect(spanEvidence({ damaged, events })).toBe(expected);
  });

  test('the simulator makes spans of every class', () => {
    const classes = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => simulateDamage(CLEAN, { seed }).spans.map(spanEvidence)));
    expect([...classes].sort()).toEqual([...EVIDENCE].sort());
  });
});

describe('simulationCorpus', () => {
  test('every source in both scripts, tuning and held-out texts disjoint', () => {
    const docs = simulationCorpus();
    expect(docs.map((d) => d.id)).toEqual(['000/hans', '000/hant', '001/hant', '001/hans', '002/hant', '002/hans', '003/hans', '003/hant', '004/hans', '004/hant']);
    expect(simulationCorpus('held-out').map((d) => d.id)).toEqual(['003/hans', '003/hant', '004/hans', '004/hant']);
    for (const doc of docs) expect(doc.text.length).toBeGreaterThan(2000);
  });

  test.each([
    { id: 'orphan reading', raw: '奮勇?tīng)?zhēng)先\n清白的一行', expected: '清白的一行' },
    { id: 'question mark glued to punctuation', raw: '規(guī)?;B(yǎng)殖場\n學(xué)習', expected: '學習' },
    { id: 'legitimate question mark (negative case)', raw: '做了哪些工作?下一步將著重在哪', expected: '做了哪些工作?下一步將著重在哪' },
  ])('cleanLines: $id', ({ raw, expected }) => {
    expect(cleanLines(raw)).toBe(expected);
  });

  test('annotates by type like source 002: script-specific characters only, each everywhere or nowhere', () => {
    const [doc] = simulationCorpus('held-out');
    if (!doc) throw new Error('no document');
    const annotates = annotatesLikeSource002(doc, 201);
    const sim = simulateDamage(doc.text, { seed: 201, spansPerLine: 0, annotates });
    const marked = new Set([...sim.damaged.matchAll(/(\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu)].map((m) => m[1]));
    const bare = new Set([...sim.damaged.matchAll(/(\p{Script=Han})(?!\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))/gu)].map((m) => m[1]));
    expect(marked.size).toBeGreaterThan(20);
    expect([...marked].filter((c) => bare.has(c as string))).toEqual([]);
    expect(annotates('的')).toBe(false); // the same in both scripts
  });
});

// The targets of issue 15, measured on the held-out split: texts (sources 003 and 004, both
// scripts) and seeds the repair's parameters were never chosen on (`npm run simulate` reports
// the tuning split too).
const HELD_OUT_SEEDS = [201, 202, 203];
let heldOut: Measurement;

describe('repair accuracy on simulated damage (held-out texts and seeds)', () => {
  beforeAll(() => {
    heldOut = emptyMeasurement();
    for (const seed of HELD_OUT_SEEDS) {
      const perSeed = emptyMeasurement();
      for (const doc of simulationCorpus('held-out')) addMeasurement(perSeed, measureRepairs(doc.text, [seed], { annotates: annotatesLikeSource002(doc, seed) }, doc.id));
      console.log(`held-out seed ${seed}: spans ${perSeed.spans}, exact ${perSeed.exact}, unresolved ${perSeed.unresolved}, wrong ${perSeed.wrong}, lost-guessed ${perSeed.lostGuessed}/${perSeed.lostSpans}, clean-changed ${perSeed.cleanLinesChanged}`);
      addMeasurement(heldOut, perSeed);
    }
    const m = heldOut;
    console.log(`held-out total: spans ${m.spans}, exact ${m.exact} (${((100 * m.exact) / m.spans).toFixed(1)} %), unresolved ${m.unresolved}, wrong ${m.wrong} (${((100 * m.wrong) / m.spans).toFixed(2)} %), lost-guessed ${m.lostGuessed}/${m.lostSpans}, clean-changed ${m.cleanLinesChanged}`);
    // Where exact repairs are limited by the bytes: outcomes by what the damage left of the hidden bytes.
    for (const r of evidenceTable(m.decisions)) console.log(`  ${r.evidence}: ${r.spans} spans, ${r.exact} exact (${((100 * r.exact) / Math.max(1, r.spans)).toFixed(1)} %), ${r.unresolved} unresolved, ${r.wrong} wrong`);
    // Which decision rule (and pass) decided the spans, and what each wrong or guessed span became.
    for (const r of pathTable(m.decisions)) console.log(`  decided by ${r.path}: ${r.decided} recoverable, ${r.exact} exact, ${r.wrong} wrong; lost-byte guessed ${r.lostGuessed}`);
    for (const f of m.failures) if (f.outcome !== 'unresolved') console.log(`  ${f.outcome}: ${f.document} seed ${f.seed} ${f.clean} ← ${f.damaged} → …${f.got}…`);
    // A guard against a hang, not a speed target (those live in `npm run bench`): on a loaded 2-core host the 12
    // simulations took over 30 minutes (2026-12-03, 17:47–18:18 UTC), so the guard is an hour.
  }, 3_600_000);

  test('measures at least 250 spans on 3 seeds, with lost-byte spans among them', () => {
    expect(HELD_OUT_SEEDS).toHaveLength(3);
    expect(heldOut.spans).toBeGreaterThanOrEqual(250);
    expect(heldOut.lostSpans).toBeGreaterThan(0);
  });

  test('no clean line changed', () => {
    expect(heldOut.cleanLinesChanged).toBe(0);
  });

  // Measured on held-out seeds 201–203 (this file, `npx vitest run tests/unit/stages/realign.test.ts tests/unit/mojibake`),
  // with the document-and-models rule at a quarter nat of each model (realign.ts DOCUMENT_MODELS_MARGIN, was 1):
  // 501 spans, 260 exact (51.9 %), 239 unresolved, 2 wrong (0.40 %), 0 of 27 lost-byte spans guessed, no clean
  // line changed; tuning seeds 101–103: 933 spans, 515 exact (was 511), 412 unresolved, 6 wrong (unchanged), 0 of 34, no
  // clean line changed (`npm run simulate -- --split tuning --calibrate`). A wider search (search.ts BEAM 120, was 60)
  // measured on tuning seed 101 only: 174 exact (was 176), 1 wrong, the true reading missing from the recorded readings
  // in 30 spans (was 29), 2.4x the run time: not kept.
  // Before (main dfe06f8), with a rival differing only outside words (realign.ts wordMargin: a mark against a digit or an ASCII
  // symbol, which the word model scores alike) no rival for the word model once the bigrams put it 3 nats
  // down: 501 spans, 259 exact (51.7 %), 240 unresolved, 2 wrong (0.40 %), 0 of 27 lost-byte spans
  // guessed, no clean line changed; tuning seeds 101–103: 933 spans, 511 exact (was 507), 416 unresolved,
  // 6 wrong (unchanged), 0 of 34, no clean line changed. Tried and not kept: the both-models rule also at
  // 1 nat of the bigrams when the words prefer by 5 (tuning 518 exact, 6 wrong; held-out 262 exact but
  // 3 wrong, 0.60 %: a dropped character, 全领域多层 → 领域多层; branch wip/issue15-weak-both-models).
  // Before (commit 99e38c8), with the document's script rule (realign.ts ruleOutOtherScript: of two readings differing only in
  // OpenCC script forms, the one in forms the document never writes while it writes the rival's is
  // dropped): 501 spans, 257 exact (51.3 %), 242 unresolved, 2 wrong (0.40 %), 0 of 27 lost-byte spans
  // guessed, no clean line changed; tuning seeds 101–103 (`npm run simulate -- --split tuning --calibrate`):
  // 933 spans, 507 exact (was 505), 420 unresolved, 6 wrong (unchanged), 0 of 34, no clean line changed.
  // Before (one run of this design; branch rcal3): a rule a guard withholds leaves the span to the next rule, and
  // the document-and-models rule (both models' best by 1 nat each, the document's phrases holding more
  // of the reading than of any rival within 8 nats) — 501 spans, 251 exact (50.1 %), 248 unresolved,
  // 2 wrong (0.4 %), 0 of 27 lost-byte spans guessed, no clean line changed; tuning seeds 101–103: 933
  // spans, 505 exact (was 470), 6 wrong (unchanged), 0 of 34.
  // Before (branch rcal2, both language models as separate evidence: the character bigrams' rules, plus
  // the both-models rule — both models' best by 3 nats of the bigrams and 3 of the words, no longer
  // rival within 4 by either — a lost-byte reading close by either model blocking a decision, and the
  // document's text without an annotated character before a seed): 230 exact (45.9 %), 269 unresolved,
  // 2 wrong (0.4 %), 0 of 27.
  // Before that (main efddb1e, the character model with the guards): 191 exact (38.1 %), 309 unresolved, 1 wrong
  // (0.2 %), 1 of 27; before that (a2f5ab5, unguarded): 219 / 279 / 3 (0.6 %), 1 of 27. The word model's
  // score added to the bigrams (branch rcal) gave 315 exact but 10 wrong (2.0 %), 0 of 27: not merged.
  test('no lost byte guessed', () => {
    expect(heldOut.lostGuessed).toBe(0);
  });

  test('at most 1 span in 250 repaired wrong', () => {
    expect(heldOut.wrong / heldOut.spans).toBeLessThanOrEqual(0.004);
  });

  // Known failures: the targets of issue 15 not met yet. What limits exact: the calibration's oracle
  // (`--oracle`, tuning seeds 101–103) finds the true byte sequence missing in 104 of 933 spans, mostly
  // long garbles pruned by the beam (31 at a garbage character, 51 at a vanished or shown private pair)
  // and 19 private pairs not generated; the bigram model ranks the truth first in 723 of 933; the guards
  // leave undecided what a character-dropping rival comes close to; on the tuning split (seeds 101–103,
  // `npm run simulate -- --split tuning --calibrate`) 422 of 933 spans stay undecided: in 102 the true
  // reading is not among the recorded readings, in 130 both models rank it first by less than the
  // margins and the document's phrases do not favour it, in 41 a longer rival comes within 4 nats.
  // The ceiling on main dfe06f8's tuning dump (`--dump`, last pass's recorded readings): the true reading is
  // not among them in 107 of 933 spans; the bigrams rank it first in 728 (78 %), the words in 713, both in
  // 663 — so no decision rule over these two models reaches 95 %. Relaxing the both-models rule over the
  // undecided spans, guards kept: +14 exact and no wrong at 0 nat of the bigrams and 5 of the words, +22/+2
  // at 2/2, +55/+16 at 0/0.25; without the longer-rival guard +49/+4 at 0/5.
  // Where the bytes themselves stop it (evidenceTable, printed above; held-out, main a1a8762): of the 501 spans, 162
  // lost a private-use pair (two bytes, shown as `?` or vanished) — 19.8 % exact; 10 a dropped lead — 60.0 %; 189 hide
  // the first character's lead byte with no reading after the `?` — 55.6 %; only 140 have every hidden byte followed by
  // a surviving reading, and those come out 83.6 % exact, 0 wrong: what is left there is homophones of one GBK row
  // (GB2312 orders its first level by reading: 东/冬, 区/曲), which only the context can choose. 95 % of all 501 would
  // need the models to choose the 361 spans whose bytes are lost to them alone, at under 1 wrong in 250.
  test.fails('repairs at least 95 % of recoverable spans exactly', () => {
    expect(heldOut.exact / heldOut.spans).toBeGreaterThanOrEqual(0.95);
  });
});

describe('known failures (simulated spans the search gets wrong)', () => {
  // A private-use pair vanished right after the first '?' (會 = 95 FE: FE + 敦's lead B6 is a
  // user-defined pair): the search now tries that, but without the document 會 does not come out first;
  // the span is left marked with its candidates instead of being repaired wrong.
  test.fails('a pair vanished right after the first `?`', () => {
    expect(realignGbk('好蘭洽?⒍鼗臀?wén)博會、藥博會').text).toBe('好蘭洽會、敦煌文博會、藥博會');
  });

  test('…and that span is reported, not repaired wrong', () => {
    const result = realignGbk('好蘭洽?⒍鼗臀?wén)博會、藥博會');
    expect(result.repairs).toEqual([]);
    expect(result.unresolved.map((u) => u.damaged)).toEqual(['?⒍鼗臀?wén)']);
  });
});

describe('lost bytes', () => {
  // A space swallowed with the last byte of 人: "one lost byte" and "a lone byte before 盧" both
  // explain the bytes, so the span is reported, not repaired. (With the whole of source 002 as
  // context the model can prefer the lone byte: `npm run simulate -- --verbose` lists such cases.)
  test('a space swallowed before a name is reported, not dropped', () => {
    const result = realignGbk('省政府新聞辦新聞發布處二級調研員、新聞發?匀?盧瑩主持');
    expect(result.repairs).toEqual([]);
    expect(result.unresolved).toHaveLength(1);
  });
});
