/**
 * The one-to-many decisions of a conversion, for `npm run convert -- --explain`: every character
 * with several possible forms (oneToManyCharacters()), the form chosen and the rule that chose it.
 */
import type { ConversionTrace } from '../../../src/lib/convert.ts';
import { oneToManyCharacters } from '../../../src/lib/conversion/one-to-many.ts';
import type { Script } from '../../../src/i18n/locales.ts';
import { describeDecisionAt } from './describe-rule.ts';

/** One decision: where (a line number or block id, and a 1-based column), the character, its choice, the candidates and the rule. */
export interface ExplainedDecision {
  where: string;
  column: number;
  char: string;
  choice: string;
  forms: readonly string[];
  context: string;
  rule: string;
}

/** Lists the one-to-many decisions of converting `input` (one line) into `to`. */
export function explainConversion(input: string, trace: ConversionTrace, to: Script, where = '1'): ExplainedDecision[] {
  const table = oneToManyCharacters(to);
  const source = [...input];
  const output = [...trace.text];
  const decisions: ExplainedDecision[] = [];
  source.forEach((char, i) => {
    const forms = table.get(char);
    if (!forms) return;
    decisions.push({
      where,
      column: i + 1,
      char,
      choice: output.length === source.length ? (output[i] ?? char) : '?',
      forms,
      context: source.slice(Math.max(0, i - 3), i + 4).join(''),
      rule: describeDecisionAt(trace, i, char),
    });
  });
  return decisions;
}

/** One decision as a line of the report. */
export function formatDecision(d: ExplainedDecision): string {
  return `${d.where}:${d.column}\t${d.char}→${d.choice}\t(${d.forms.join('/')})\t…${d.context}…\t${d.rule}`;
}
