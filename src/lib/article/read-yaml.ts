/**
 * Parses YAML the way Astro reads frontmatter (YAML 1.2 core schema plus timestamps, as js-yaml's
 * default schema does: an unquoted `2024-06-13` becomes a date) and keeps the source positions, so
 * that every later problem can name the line of the field it is about.
 * @see node_modules/@astrojs/internal-helpers/dist/frontmatter.js (js-yaml `load`)
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { yamlErrorHints, yamlGeneralFix } from './yaml-hints.ts';

/** A path into the data, as zod reports it: keys and array indexes. */
export type DataPath = readonly PropertyKey[];

/** Parsed YAML with a way back from a path to its line in the file. */
export interface ReadYaml {
  data: unknown;
  /** 1-based file line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: DataPath): number;
  /** 1-based file line of the key `key` in the mapping at `path`, if present. */
  keyLineOf(path: DataPath, key: string): number | undefined;
}

/** A YAML syntax error with its file line, in plain words when its code is known (see yaml-hints.ts). */
export interface YamlProblem {
  line: number;
  problem: string;
  fix: string;
}

/** Parses `text` whose first line is file line `firstLine`. */
export function readYaml(text: string, firstLine = 1): { ok: true; value: ReadYaml } | { ok: false; errors: YamlProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        // The library's message ends with its own “at line…” and a caret picture: keep the first sentence.
        const message = error.message.split(/ at line \d+|\n/)[0]!.trim();
        const hint = yamlErrorHints[error.code];
        return { line: counter.linePos(error.pos[0]).line + firstLine - 1, problem: hint ? `${hint.problem} (${message})` : message, fix: hint?.fix ?? yamlGeneralFix };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // An alias to an anchor that does not exist parses, but cannot be turned into data.
    const hint = yamlErrorHints.UNRESOLVED_ALIAS!;
    const alias = /^.*\*\S+/m.exec(text);
    const line = alias ? text.slice(0, alias.index).split('\n').length + firstLine - 1 : firstLine;
    return { ok: false, errors: [{ line, problem: `${hint.problem} (${(error as Error).message})`, fix: hint.fix }] };
  }
  const lineAt = (offset: number): number => counter.linePos(offset).line + firstLine - 1;
  const nodeAt = (path: DataPath): Node | null => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(String(key), true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else return null;
      if (node === undefined) return null;
    }
    return (node as Node | null) ?? null;
  };
  return {
    ok: true,
    value: {
      data,
      lineOf(path) {
        for (let n = path.length; n >= 0; n--) {
          const node = nodeAt(path.slice(0, n));
          if (node?.range) return lineAt(node.range[0]);
        }
        return firstLine;
      },
      keyLineOf(path, key) {
        const map = nodeAt(path);
        if (!isMap(map)) return undefined;
        const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        const range = (pair?.key as Node | undefined)?.range;
        return range ? lineAt(range[0]) : undefined;
      },
    },
  };
}
