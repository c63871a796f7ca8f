/**
 * Checks the speakers registry (`content/speakers.yaml`): readable UTF-8, valid YAML, a list of
 * entries that each match `speakerSchema`, ids unique, with every problem on its line. Entries that
 * are valid are still used to check the articles, so one bad entry does not hide everything else.
 */
import { speakerSchema, type Speaker } from '../../../src/lib/article/schema.ts';
import { DecodeError, decodeBytes, lineAtOffset } from '../../../src/lib/article/decode-bytes.ts';
import { speakerFieldHints } from './field-hints.ts';
import type { ValidationIssue } from './issue.ts';
import { readYaml } from '../../../src/lib/article/read-yaml.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import { speakerIdFor } from '../../../src/lib/article/ids.ts';

/** The registry's valid speakers (null when the file cannot be read as a list at all) and its problems. */
export interface RegistryCheck {
  speakers: Speaker[] | null;
  issues: ValidationIssue[];
}

const registryHowTo = 'The registry is a YAML list; each entry is `- id: ren-zhenhe` then `  name: { hans: 任振鹤, hant: 任振鶴 }` (see “Adding a new speaker” in README.md).';

/** Checks the registry file's bytes; `file` is the path shown in messages. */
export function checkRegistry(file: string, bytes: Uint8Array | null): RegistryCheck {
  const unusable = (issues: ValidationIssue[]): RegistryCheck => ({ speakers: null, issues });
  if (bytes === null) return unusable([{ file, problem: 'The speakers registry is missing, so no speaker or Q&A label can be checked.', fix: `Create it; an empty registry is the line \`[]\`. ${registryHowTo}` }]);
  let text: string;
  try {
    text = decodeBytes(bytes, { policy: 'article' }).text;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const { offset, problem, fix } = error;
    return unusable([{ file, offset, line: lineAtOffset(bytes, offset), problem, fix: bytes.length === 0 ? 'Write `[]` for an empty registry, or list the speakers.' : fix }]);
  }
  const yaml = readYaml(text);
  if (!yaml.ok) return unusable(yaml.errors.map(({ line, problem, fix }) => ({ file, line, problem: `The registry is not valid YAML: ${problem}.`, fix: `${fix} ${registryHowTo}` })));
  const entries = yaml.value.data;
  if (!Array.isArray(entries)) return unusable([{ file, line: 1, problem: 'The registry is not a YAML list of speakers.', fix: registryHowTo }]);

  const speakers: Speaker[] = [];
  const issues: ValidationIssue[] = [];
  const firstLine = new Map<string, number>();
  entries.forEach((entry, index) => {
    const parsed = speakerSchema.safeParse(entry);
    if (!parsed.success) {
      const at = parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      const hans = (entry as { name?: { hans?: unknown } } | null)?.name?.hans;
      for (const { line, field, problem, fix } of describeSchemaIssues(at, yaml.value, speakerFieldHints, () => Object.keys(speakerSchema.shape))) {
        const local = field.replace(/^\[\d+\]\.?/, '');
        const suggestion = local === 'id' && typeof hans === 'string' ? speakerIdFor(hans) : '';
        issues.push({ file, line, field: `entry ${index + 1}: ${local || 'entry'}`, problem: problem.replace(/`\[\d+\]\.?/g, '`'), fix: suggestion ? `Use the pinyin of the name: \`id: ${suggestion}\` (and the same id in the articles' \`speakers:\`).` : fix });
      }
      return;
    }
    const line = yaml.value.lineOf([index, 'id']);
    const earlier = firstLine.get(parsed.data.id);
    if (earlier !== undefined) {
      issues.push({ file, line, field: `entry ${index + 1}: id`, problem: `Duplicate speaker id “${parsed.data.id}”: line ${earlier} already has it.`, fix: 'Merge the two entries if they are the same person (put extra names in `aliases`), or give one of them another id.' });
      return;
    }
    firstLine.set(parsed.data.id, line);
    speakers.push(parsed.data);
  });
  return { speakers, issues };
}
