/**
 * Anchors that never break: the published anchor ids of an article, kept in a ledger
 * (`content/anchors/<article-id>.lock`, ASCII, reviewed in diffs like a lockfile), and the
 * resolution of a freshly parsed model (positional ids `p3`, `t5`, `t5-p2`, …) against it.
 *
 * Every passage is fingerprinted by the hashes of its clauses (split at 。！？；，、： and line
 * breaks, so a sentence joined across a page break still shares most of its clauses): the text folded to one script by
 * the caller's `fold` (the archive passes the converter to Simplified, so a repaired variant such as
 * 干部 → 幹部 or 布局 → 佈局 does not count), then NFKC with only letters and digits kept, so
 * re-normalized punctuation, quotes, spacing and line breaks do not count either.
 * Resolution aligns the new passages with the published ones in document order: an unchanged
 * passage keeps its id; an edited one (half its clauses or more unchanged, or the only passage
 * rewritten between two unchanged ones) keeps its id; a new passage gets a fresh id, never one used
 * before; a removed or merged passage is retired with the live passage that replaced it as its
 * successor, and the page keeps answering its old id. Turns and lists follow their children: a turn
 * split in two keeps its id on the part holding most of its paragraphs (the first on a tie), the
 * other part is a new turn. Ids are computed once on the stored script, so both scripts share them.
 *
 * With no ledger yet, the positional ids are the published ones (they are what the archive has
 * always published). `npm run anchors -- --accept` writes the ledger; `--check` fails on any
 * difference, naming the article and the anchor.
 */
import { inlineText, type Block } from './model.ts';
import { fingerprintOf, labelFingerprint, type Fold } from './anchor-fingerprint.ts';
import { compareIds, type AnchorKind, type AnchorLedger, type LedgerEntry, type RetiredEntry, type RetiredReason } from './anchor-ledger-format.ts';

export type { AnchorKind, AnchorLedger, LedgerEntry, RetiredEntry, RetiredReason } from './anchor-ledger-format.ts';
export type { Fold } from './anchor-fingerprint.ts';

/** What happened to one anchor between the ledger and the current text. */
export interface AnchorChange {
  type: 'edited' | 'rewritten' | 'relabelled' | 'moved' | 'new' | 'retired';
  id: string;
  kind: AnchorKind;
  /** For `retired`: where the anchor now leads. */
  successor?: string;
  /** Human-readable, e.g. `#t6-p3 (para) would vanish: removed; --accept keeps it leading to #t6-p4`. */
  message: string;
}

/** An old anchor the page must still answer, and where it leads. */
export interface AnchorRedirect {
  id: string;
  successor: string;
  reason: RetiredReason;
}

/** The model with its published ids, the ledger `--accept` would write, and what changed. */
export interface AnchorResolution {
  blocks: Block[];
  ledger: AnchorLedger;
  changes: AnchorChange[];
  redirects: AnchorRedirect[];
}

/** One anchored passage of a model, flattened. */
interface Unit {
  id: string;
  kind: AnchorKind;
  fingerprint: string[];
  /** Index of the parent container among containers, for leaves inside a turn or list. */
  parent?: number;
}

interface Units {
  leaves: Unit[];
  containers: Unit[];
}

function leafOfBlock(block: Block, fold: Fold): Unit | undefined {
  switch (block.type) {
    case 'paragraph':
      return { id: block.id, kind: 'para', fingerprint: fingerprintOf(inlineText(block.children), fold) };
    case 'heading':
      return { id: block.id, kind: 'heading', fingerprint: fingerprintOf(inlineText(block.children), fold) };
    case 'figure':
      return { id: block.id, kind: 'figure', fingerprint: fingerprintOf([...block.children.map((line) => inlineText(line)), block.credit ?? ''].join('\n'), fold) };
    case 'gap':
      return { id: block.id, kind: 'gap', fingerprint: fingerprintOf(block.note, fold) };
    default:
      return undefined;
  }
}

/** The anchored passages of a parsed model, in document order. */
function unitsOfBlocks(blocks: readonly Block[], fold: Fold): Units {
  const units: Units = { leaves: [], containers: [] };
  for (const block of blocks) {
    if (block.type === 'turn' || block.type === 'list') {
      const parent = units.containers.length;
      units.containers.push(block.type === 'turn' ? { id: block.id, kind: 'turn', fingerprint: labelFingerprint(block.label, fold) } : { id: block.id, kind: 'list', fingerprint: [] });
      const children: readonly Block[] = block.children;
      for (const child of children) {
        const leaf = leafOfBlock(child, fold);
        if (leaf) units.leaves.push({ ...leaf, kind: block.type === 'list' ? 'item' : leaf.kind, parent });
      }
      continue;
    }
    const leaf = leafOfBlock(block, fold);
    if (leaf) units.leaves.push(leaf);
  }
  return units;
}

function unitsOfLedger(live: readonly LedgerEntry[]): Units {
  const units: Units = { leaves: [], containers: [] };
  for (const entry of live) {
    if (entry.children) {
      const parent = units.containers.length;
      units.containers.push({ id: entry.id, kind: entry.kind, fingerprint: entry.fingerprint });
      for (const child of entry.children) units.leaves.push({ id: child.id, kind: child.kind, fingerprint: child.fingerprint, parent });
    } else units.leaves.push({ id: entry.id, kind: entry.kind, fingerprint: entry.fingerprint });
  }
  return units;
}

const sameText = (a: Unit, b: Unit): boolean => a.kind === b.kind && a.fingerprint.join(' ') === b.fingerprint.join(' ');

/** Pairs of equal items in order (longest common subsequence). */
function commonSubsequence<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * cols + j] = equal(a[i] as T, b[j] as T) ? (table[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (equal(a[i] as T, b[j] as T)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Share of the shorter passage's clauses found in the other (overlap coefficient). */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const h of a) counts.set(h, (counts.get(h) ?? 0) + 1);
  let common = 0;
  for (const h of b) {
    const n = counts.get(h) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(h, n - 1);
    }
  }
  return common / Math.min(a.length, b.length);
}

/** A passage half of whose clauses (of the shorter text) are unchanged is the same passage, edited. */
const editedThreshold = 0.5;

type LeafMatch = { old: number; type: 'kept' | 'edited' | 'rewritten' };

/** Matches new leaves to old ones: unchanged in order, then edited within each stretch between unchanged ones. */
function matchLeaves(old: readonly Unit[], next: readonly Unit[]): { byNew: (LeafMatch | undefined)[]; stretches: { olds: number[]; news: number[]; before?: number; after?: number }[] } {
  const byNew: (LeafMatch | undefined)[] = next.map(() => undefined);
  const anchors = commonSubsequence(old, next, sameText);
  for (const [o, n] of anchors) byNew[n] = { old: o, type: 'kept' };
  const stretches: { olds: number[]; news: number[]; before?: number; after?: number }[] = [];
  const bounds: [number, number][] = [[-1, -1], ...anchors, [old.length, next.length]];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const [o0, n0] = bounds[k] as [number, number];
    const [o1, n1] = bounds[k + 1] as [number, number];
    const olds = range(o0 + 1, o1);
    const news = range(n0 + 1, n1);
    const stretch = { olds, news, ...(n0 >= 0 ? { before: n0 } : {}), ...(n1 < next.length ? { after: n1 } : {}) };
    stretches.push(stretch);
    if (olds.length === 0 || news.length === 0) continue;
    const candidates: { o: number; n: number; score: number }[] = [];
    for (const o of olds)
      for (const n of news) {
        const a = old[o] as Unit;
        const b = next[n] as Unit;
        if (a.kind !== b.kind) continue;
        const score = overlap(a.fingerprint, b.fingerprint);
        if (score >= editedThreshold) candidates.push({ o, n, score });
      }
    // Best score first; on a tie the earlier new passage (a split keeps its first part's id).
    candidates.sort((x, y) => y.score - x.score || x.n - y.n || x.o - y.o);
    const usedOld = new Set<number>();
    for (const { o, n } of candidates) {
      if (usedOld.has(o) || byNew[n]) continue;
      usedOld.add(o);
      byNew[n] = { old: o, type: 'edited' };
    }
    const leftOld = olds.filter((o) => !usedOld.has(o));
    const leftNew = news.filter((n) => !byNew[n]);
    // The one passage rewritten in place between unchanged neighbours keeps its anchor (flagged).
    if (leftOld.length === 1 && leftNew.length === 1 && old[leftOld[0] as number]?.kind === next[leftNew[0] as number]?.kind) byNew[leftNew[0] as number] = { old: leftOld[0] as number, type: 'rewritten' };
  }
  return { byNew, stretches };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i += 1) out.push(i);
  return out;
}

/** Fresh ids: one past the highest number ever used with a prefix, so no id is ever reused. */
class IdMaker {
  private readonly used = new Set<string>();
  constructor(ids: Iterable<string>) {
    for (const id of ids) this.used.add(id);
  }
  reserve(id: string): void {
    this.used.add(id);
  }
  fresh(prefix: string): string {
    const pattern = new RegExp(`^${prefix.replace(/-/g, '\\-')}(\\d+)$`);
    let max = 0;
    for (const id of this.used) {
      const m = pattern.exec(id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    const id = `${prefix}${max + 1}`;
    this.used.add(id);
    return id;
  }
}

const prefixOf: Record<AnchorKind, string> = { para: 'p', item: 'p', heading: 'h', figure: 'f', gap: 'g', turn: 't', list: 'l' };

/** Deep copy of a model with every `id` renamed through `ids`. */
function renameIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (Array.isArray(value)) return value.map((item) => renameIds(item, ids)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = key === 'id' && typeof item === 'string' ? (ids.get(item) ?? item) : renameIds(item, ids);
    return out as T;
  }
  return value;
}

/** The ledger of a model whose ids are the published ones. */
function ledgerOf(units: Units, idOf: (unit: Unit) => string, blocksOrder: readonly Unit[]): LedgerEntry[] {
  const live: LedgerEntry[] = [];
  const containers = units.containers.map((c) => ({ id: idOf(c), kind: c.kind, fingerprint: c.fingerprint, children: [] as LedgerEntry[] }));
  let lastContainer = -1;
  for (const unit of blocksOrder) {
    if (unit.parent === undefined) {
      if (units.containers.includes(unit)) {
        const index = units.containers.indexOf(unit);
        live.push(containers[index] as LedgerEntry);
        lastContainer = index;
      } else live.push({ id: idOf(unit), kind: unit.kind, fingerprint: unit.fingerprint });
    } else {
      if (unit.parent !== lastContainer) throw new Error('anchors: a passage outside its container');
      containers[unit.parent]?.children?.push({ id: idOf(unit), kind: unit.kind, fingerprint: unit.fingerprint });
    }
  }
  return live;
}

/** Containers (turns, lists) with no leaf have their place among the leaves: put them back in block order. */
function documentOrderOfBlocks(blocks: readonly Block[], units: Units): Unit[] {
  const out: Unit[] = [];
  let leaf = 0;
  let container = 0;
  for (const block of blocks) {
    if (block.type === 'turn' || block.type === 'list') {
      out.push(units.containers[container] as Unit);
      const children: readonly Block[] = block.children;
      for (const child of children) if (isLeaf(child)) out.push(units.leaves[leaf++] as Unit);
      container += 1;
    } else if (isLeaf(block)) out.push(units.leaves[leaf++] as Unit);
  }
  return out;
}

const isLeaf = (block: Block): boolean => block.type === 'paragraph' || block.type === 'heading' || block.type === 'figure' || block.type === 'gap';

/**
 * Resolves a parsed model's ids against an article's ledger (or none yet): the published ids, the
 * ledger to record, the changes, and the old anchors the page must still answer. `fold` brings the
 * text to one script before fingerprinting (the archive's converter to Simplified).
 */
export function resolveAnchors(blocks: readonly Block[], ledger: AnchorLedger | undefined, fold: Fold = (t) => t): AnchorResolution {
  const next = unitsOfBlocks(blocks, fold);
  const order = documentOrderOfBlocks(blocks, next);
  if (!ledger) {
    return { blocks: [...blocks], ledger: { live: ledgerOf(next, (u) => u.id, order), retired: [] }, changes: [], redirects: [] };
  }
  const old = unitsOfLedger(ledger.live);
  const ids = new IdMaker([...old.leaves.map((u) => u.id), ...old.containers.map((u) => u.id), ...ledger.retired.map((r) => r.id)]);
  const changes: AnchorChange[] = [];
  const { byNew, stretches } = matchLeaves(old.leaves, next.leaves);

  // Containers follow their children: the old turn most of a new turn's matched paragraphs came from.
  const votes: { n: number; o: number; count: number }[] = [];
  next.containers.forEach((container, n) => {
    const tally = new Map<number, number>();
    next.leaves.forEach((leaf, index) => {
      const match = byNew[index];
      const oldParent = match ? old.leaves[match.old]?.parent : undefined;
      if (leaf.parent === n && oldParent !== undefined && old.containers[oldParent]?.kind === container.kind) tally.set(oldParent, (tally.get(oldParent) ?? 0) + 1);
    });
    for (const [o, count] of tally) votes.push({ n, o, count });
  });
  votes.sort((a, b) => b.count - a.count || a.n - b.n || a.o - b.o);
  const containerOf: (number | undefined)[] = next.containers.map(() => undefined);
  const claimed = new Set<number>();
  for (const { n, o } of votes) {
    if (containerOf[n] !== undefined || claimed.has(o)) continue;
    containerOf[n] = o;
    claimed.add(o);
  }
  // A container none of whose passages matched (e.g. its only paragraph rewritten) keeps its id
  // when it is the same kind with the same label, in order between matched containers.
  const restNew = next.containers.map((_, n) => n).filter((n) => containerOf[n] === undefined);
  const restOld = old.containers.map((_, o) => o).filter((o) => !claimed.has(o));
  for (const [i, j] of commonSubsequence(restOld, restNew, (o, n) => sameText(old.containers[o] as Unit, next.containers[n] as Unit))) {
    const o = restOld[i] as number;
    const n = restNew[j] as number;
    const before = containerOf.slice(0, n).filter((x): x is number => x !== undefined);
    const after = containerOf.slice(n + 1).filter((x): x is number => x !== undefined);
    if (before.every((x) => x < o) && after.every((x) => x > o)) {
      containerOf[n] = o;
      claimed.add(o);
    }
  }

  // Published ids: kept ones first (so fresh ones never collide), then fresh ones in document order.
  const published = new Map<Unit, string>();
  next.containers.forEach((unit, n) => {
    const o = containerOf[n];
    if (o !== undefined) published.set(unit, (old.containers[o] as Unit).id);
  });
  next.leaves.forEach((unit, n) => {
    const match = byNew[n];
    if (match) published.set(unit, (old.leaves[match.old] as Unit).id);
  });
  for (const id of published.values()) ids.reserve(id);
  for (const unit of order) {
    if (published.has(unit)) continue;
    const parent = unit.parent === undefined ? undefined : next.containers[unit.parent];
    const prefix = parent?.kind === 'turn' ? `${published.get(parent)}-p` : prefixOf[unit.kind];
    published.set(unit, ids.fresh(prefix));
  }
  const idOf = (unit: Unit): string => published.get(unit) as string;

  // What changed, for the report and --check.
  next.containers.forEach((unit, n) => {
    const o = containerOf[n];
    if (o === undefined) changes.push({ type: 'new', id: idOf(unit), kind: unit.kind, message: `#${idOf(unit)} (${unit.kind}) is new` });
    else if (!sameText(old.containers[o] as Unit, unit)) changes.push({ type: 'relabelled', id: idOf(unit), kind: unit.kind, message: `#${idOf(unit)} (${unit.kind}) would change meaning: its speaker label changed; --accept keeps the anchor on it` });
  });
  next.leaves.forEach((unit, n) => {
    const match = byNew[n];
    const id = idOf(unit);
    if (!match) changes.push({ type: 'new', id, kind: unit.kind, message: `#${id} (${unit.kind}) is new` });
    else if (match.type === 'edited') {
      const was = old.leaves[match.old]?.fingerprint ?? [];
      const kept = Math.round(overlap(was, unit.fingerprint) * Math.min(was.length, unit.fingerprint.length));
      changes.push({ type: 'edited', id, kind: unit.kind, message: `#${id} (${unit.kind}) was edited (${kept} of its ${was.length} clauses unchanged, ${unit.fingerprint.length} now); the anchor stays on it` });
    }
    else if (match.type === 'rewritten') changes.push({ type: 'rewritten', id, kind: unit.kind, message: `#${id} (${unit.kind}) would change meaning: its text was rewritten (no clause in common); --accept keeps the anchor on the new text` });
    if (match) {
      const oldParent = old.leaves[match.old]?.parent;
      const was = oldParent === undefined ? undefined : old.containers[oldParent]?.id;
      const now = unit.parent === undefined ? undefined : idOf(next.containers[unit.parent] as Unit);
      if (was !== now) changes.push({ type: 'moved', id, kind: unit.kind, message: `#${id} (${unit.kind}) moved ${was ? `out of #${was}` : 'from the top level'} ${now ? `into #${now}` : 'to the top level'}; the anchor stays on it` });
    }
  });

  // Retired: removed or merged passages, and the live passage each now leads to.
  const retired: RetiredEntry[] = [...ledger.retired];
  const matchedOld = new Set(byNew.filter((m): m is LeafMatch => m !== undefined).map((m) => m.old));
  for (const stretch of stretches) {
    for (const o of stretch.olds) {
      if (matchedOld.has(o)) continue;
      const gone = old.leaves[o] as Unit;
      const nearby = [...(stretch.before !== undefined ? [stretch.before] : []), ...stretch.news, ...(stretch.after !== undefined ? [stretch.after] : [])];
      const scored = (candidates: readonly number[], minCommon: number) =>
        candidates
          .map((n) => ({ n, score: (next.leaves[n] as Unit).kind === gone.kind ? overlap(gone.fingerprint, (next.leaves[n] as Unit).fingerprint) : 0 }))
          .filter((c) => c.score >= editedThreshold && c.score * Math.min(gone.fingerprint.length, (next.leaves[c.n] as Unit).fingerprint.length) >= minCommon)
          .sort((a, b) => b.score - a.score || a.n - b.n)[0];
      // Merged into a neighbour; else moved into a passage elsewhere (a reflowed fragment), on firmer evidence.
      const merged = scored(nearby, 1) ?? scored(next.leaves.map((_, n) => n), 2);
      const replacedBy = stretch.news[0];
      const target = merged?.n ?? replacedBy ?? stretch.after ?? stretch.before ?? (next.leaves.length > 0 ? next.leaves.length - 1 : undefined);
      const reason: RetiredReason = merged ? 'merged' : replacedBy !== undefined ? 'replaced' : 'removed';
      const successor = target !== undefined ? idOf(next.leaves[target] as Unit) : undefined;
      retireOne(gone, reason, successor);
    }
  }
  old.containers.forEach((gone, o) => {
    if (claimed.has(o)) return;
    // The new container that received most of its passages, else the one holding its first passage's successor.
    const tally = new Map<number, number>();
    next.leaves.forEach((leaf, n) => {
      const match = byNew[n];
      if (match && old.leaves[match.old]?.parent === o && leaf.parent !== undefined) tally.set(leaf.parent, (tally.get(leaf.parent) ?? 0) + 1);
    });
    const best = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const firstChild = retired.find((r) => old.leaves.some((l) => l.id === r.id && l.parent === o));
    const first = order[0];
    const successor = best ? idOf(next.containers[best[0]] as Unit) : (firstChild?.successor ?? (first ? idOf(first) : undefined));
    retireOne(gone, best ? 'merged' : 'removed', successor);
  });
  function retireOne(gone: Unit, reason: RetiredReason, successor: string | undefined): void {
    if (successor === undefined) {
      changes.push({ type: 'retired', id: gone.id, kind: gone.kind, message: `#${gone.id} (${gone.kind}) would vanish: the article has no passage left to lead it to` });
      return;
    }
    retired.push({ id: gone.id, kind: gone.kind, reason, successor, fingerprint: gone.fingerprint });
    changes.push({ type: 'retired', id: gone.id, kind: gone.kind, successor, message: `#${gone.id} (${gone.kind}) would vanish: ${reason}; --accept keeps it leading to #${successor}` });
  }

  // Every retired anchor leads straight to a live one (a successor retired since is followed).
  const liveIds = new Set(published.values());
  const retiredById = new Map(retired.map((r) => [r.id, r]));
  const finalOf = (id: string): string | undefined => {
    const seen = new Set<string>();
    let at = id;
    while (!liveIds.has(at)) {
      const step = retiredById.get(at);
      if (!step || seen.has(at)) return undefined;
      seen.add(at);
      at = step.successor;
    }
    return at;
  };
  const settled = retired.flatMap((r) => {
    const successor = finalOf(r.successor);
    return successor ? [{ ...r, successor }] : [];
  });
  settled.sort((a, b) => compareIds(a.id, b.id));
  const renamed = new Map<string, string>();
  for (const unit of [...next.leaves, ...next.containers]) renamed.set(unit.id, idOf(unit));
  return {
    blocks: renameIds([...blocks], renamed),
    ledger: { live: ledgerOf(next, idOf, order), retired: settled },
    changes,
    redirects: settled.map(({ id, successor, reason }) => ({ id, successor, reason })),
  };
}

