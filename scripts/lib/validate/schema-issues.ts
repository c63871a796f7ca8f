/**
 * Turns zod's issues for one YAML document into maintainer messages: the field as written
 * (`speakers[1].id`), its line in the file, what is wrong in plain words and how to write it.
 */
import type { core } from 'zod';
import { hintFor } from './field-hints.ts';
import type { ReadYaml } from '../../../src/lib/article/read-yaml.ts';

/** A schema problem placed in the file. */
export interface SchemaProblem {
  line: number;
  field: string;
  problem: string;
  fix: string;
}

/** `speakers.1.id` → `speakers[1].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A value as the maintainer wrote it, short. */
function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** What a zod type name means to someone writing YAML. */
const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (`key: value` lines or `{ key: value }`)',
  date: 'a date',
};

function describe(issue: core.$ZodIssue, value: unknown, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `The required field \`${field}\` is missing.`;
      if (value instanceof Date && issue.expected === 'string') return `\`${field}\` is written as an unquoted date (${shown(value)}), which YAML reads as a timestamp, not as text.`;
      return `\`${field}\` must be ${typeWords[issue.expected] ?? issue.expected}, but it is ${shown(value)}.`;
    case 'invalid_format':
      if (issue.format === 'date') return `\`${field}\` is ${shown(value)}, which is not a real date in the form YYYY-MM-DD.`;
      if (issue.format === 'regex' && field.endsWith('id')) return `\`${field}\` ${shown(value)} is not ASCII-safe: ids are lower-case ASCII letters and digits joined by single hyphens (they become file names, URLs and anchors).`;
      return `\`${field}\` is ${shown(value)}, which has the wrong form (${issue.message}).`;
    case 'invalid_value':
      return `\`${field}\` is ${shown(value)}, but it must be one of ${issue.values.map(String).join(' | ')}.`;
    case 'too_small':
      return typeof value === 'string' || value === null ? `\`${field}\` is empty.` : `\`${field}\` is too small (${issue.message}).`;
    case 'too_big':
      return `\`${field}\` is too long (${issue.message}).`;
    default:
      return `\`${field}\`: ${issue.message}.`;
  }
}

/**
 * Places and words each zod issue. Unknown keys become one problem per key, on the key's own line.
 * @param hints field → how to write it (see field-hints.ts)
 */
export function describeSchemaIssues(issues: readonly core.$ZodIssue[], yaml: ReadYaml, hints: Readonly<Record<string, string>>, knownFields: (path: readonly PropertyKey[]) => readonly string[]): SchemaProblem[] {
  return issues.flatMap((issue): SchemaProblem[] => {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = fieldName([...path, key]);
        return {
          line: yaml.keyLineOf(path, key) ?? yaml.lineOf(path),
          field,
          problem: `Unknown field \`${field}\`: the article format has no such field.`,
          fix: `Remove it or correct its spelling; the fields here are: ${knownFields(path).join(', ')}.`,
        };
      });
    }
    const value = valueAt(yaml.data, path);
    const field = fieldName(path);
    const hint = hintFor(hints, path);
    const fix = value instanceof Date ? `Put the date in quotes: \`${String(path.at(-1))}: '${shown(value)}'\`.` : `Write ${hint}.`;
    return [{ line: yaml.lineOf(path), field, problem: describe(issue, value, field), fix }];
  });
}
