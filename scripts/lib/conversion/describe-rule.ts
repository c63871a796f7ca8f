/** Describes a conversion decision for people: the dictionary entry or archive rule that made it. */
import type { ConversionStep } from '../../../src/lib/convert.ts';

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
  }
}
