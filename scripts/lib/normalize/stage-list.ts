/**
 * The normalizer's stages in the order they run: the documentation of the pipeline. The README's
 * diagram is rendered from this list (a test compares them), and `normalizeSource()` runs its
 * stages through {@link stageRunner}, which stops with an internal error when a stage runs out of
 * this order — so the list, the README and the code cannot drift apart.
 */

/** One named stage: where it runs and what its parts are. */
export interface StageEntry {
  name: string;
  /** `source`: once per raw text; `article`: once per article of it; `archive`: once per run. */
  scope: 'source' | 'article' | 'archive';
  /** Sub-steps or data it reads, shown in parentheses. */
  parts?: string;
}

/** Every stage, in the order it runs. */
export const stageList: readonly StageEntry[] = [
  { name: 'decode', scope: 'source' },
  { name: 'remove-invisible', scope: 'source' },
  { name: 'html-remnants', scope: 'source' },
  { name: 'repair-text', scope: 'source', parts: 'unannotate · realign · errata' },
  { name: 'detect-script', scope: 'source' },
  { name: 'split-blocks', scope: 'source' },
  { name: 'layout', scope: 'source', parts: 'meta.yaml' },
  { name: 'speakers', scope: 'source' },
  { name: 'punctuation', scope: 'article' },
  { name: 'traditional-leftover', scope: 'article', parts: '繁 sources' },
  { name: 'captions', scope: 'article' },
  { name: 'parse-qa', scope: 'article' },
  { name: 'reflow', scope: 'article' },
  { name: 'metadata', scope: 'article', parts: 'byline · repair notes' },
  { name: 'emit', scope: 'article', parts: 'write-article' },
  { name: 'read-back', scope: 'article', parts: 'read-article, as validate and the site read' },
  { name: 'conservation', scope: 'archive' },
  { name: 'atomic write', scope: 'archive' },
];

/** The README's pipeline diagram: the stages joined by `─`, wrapped before 100 columns. */
export function renderStageDiagram(stages: readonly StageEntry[] = stageList): string {
  const words = stages.map((s) => (s.parts ? `${s.name} (${s.parts})` : s.name));
  const lines: string[] = [];
  let line = 'bytes';
  for (const word of words) {
    if (`${line} ─ ${word}`.length > 96) {
      lines.push(line);
      line = `      ─ ${word}`;
    } else line = `${line} ─ ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * A runner for one scope's stages: `run(name, fn)` runs `fn` and checks that `name` comes after the
 * previous stage of that scope (or `after`) in {@link stageList}. Stages may be skipped (traditional-leftover
 * for 简 sources), never reordered.
 */
export function stageRunner(scope: StageEntry['scope'], after?: string): <T>(name: string, stage: () => T) => T {
  const order = stageList.filter((s) => s.scope === scope).map((s) => s.name);
  let last = after === undefined ? -1 : order.indexOf(after);
  return (name, stage) => {
    const at = order.indexOf(name);
    if (at === -1 || at <= last) throw new Error(`internal: stage ${name} runs out of the order of scripts/lib/normalize/stage-list.ts (${order.join(' → ')})`);
    last = at;
    return stage();
  };
}

/** What a stage reports besides its output. */
export interface StageReport<D, R> {
  decisions?: readonly D[];
  removals?: readonly R[];
  /** Changes by rule. */
  counts?: Readonly<Record<string, number>>;
  warnings?: readonly string[];
}

/** Merges a stage's report into the running totals (lists appended, counts added: nothing overwritten). */
export function mergeReport<D, R>(into: { decisions: D[]; removals: R[]; counts: Record<string, number>; warnings: string[] }, report: StageReport<D, R>): void {
  into.decisions.push(...(report.decisions ?? []));
  into.removals.push(...(report.removals ?? []));
  into.warnings.push(...(report.warnings ?? []));
  for (const [rule, n] of Object.entries(report.counts ?? {})) if (n > 0) into.counts[rule] = (into.counts[rule] ?? 0) + n;
}
