/** Describes a conversion decision for people: the dictionary entry or archive rule that made it. */
import type { ConversionStep, ConversionTrace } from '../../../src/lib/convert.ts';

/**
 * One line naming the rule behind a step.
 * @example describeRule({ at: 0, from: '干部', to: '幹部', rule: { kind: 'opencc', dict: 'STPhrases' } }) // 'OpenCC STPhrases 干部→幹部'
 */
export function describeRule(step: ConversionStep): string {
  const entry = `${step.from}→${step.to}`;
  switch (step.rule.kind) {
    case 'opencc':
      return `OpenCC ${step.rule.dict} ${entry}`;
    case 'override':
      return `archive override ${entry} (${step.rule.source})`;
    case 'protected-name':
      return `protected name ${entry}`;
    case 'surname':
      return `surname kept in a name (${step.rule.context})`;
  }
}

/** Every rule that decided the character at code point index `i` of a traced conversion's input. */
export function describeDecisionAt(trace: ConversionTrace, i: number, char: string): string {
  const covering = (s: { at: number; from: string }): boolean => s.at <= i && i < s.at + [...s.from].length;
  const step = trace.steps.findLast(covering);
  const variant = trace.variants.findLast(covering);
  const parts: string[] = [];
  if (step) parts.push(describeRule(step));
  if (variant) parts.push(describeRule(variant));
  for (const guard of trace.guarded.filter((g) => g.at <= i && i < g.at + [...g.phrase].length)) parts.push(`guard: ${guard.dict} ${guard.phrase}→${guard.to} refused (words ${guard.words})`);
  if (parts.length === 0 && '“”‘’「」『』'.includes(char)) parts.push('quotes per page script');
  return parts.join('; ') || 'no entry: unchanged';
}
