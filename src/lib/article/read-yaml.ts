/**
 * The one YAML reader of the archive's frontmatter and registry: YAML 1.2 core schema only (text,
 * numbers, booleans, null, lists, mappings; no timestamps, no `!!js/function` or other tags — a tag
 * is an error, not a warning), unique keys, no invisible or control characters in any value (a
 * `"\b"` or `"\uFFFE"` escape is refused with its line). Keeps the source positions, so every later
 * problem can name the line of the field it is about. Anchors and aliases (`&name`, `*name`) are
 * refused too: an article never needs them, an anchor silently vanishes from the value it is written
 * in, and aliases of aliases expand exponentially (a few lines can ask for millions of values). The site's content loader reads frontmatter
 * with this too, so what validates is exactly what builds.
 *
 * Valid input takes a fast path (issue 18: the build reads every article's frontmatter): the file
 * lines of the nodes' offsets are only computed when something asks for one (an error, a schema
 * problem), and the values are only searched for invisible characters when the text could hold one
 * that the text itself does not show (an escape) — the result is the same either way.
 * @see https://eemeli.org/yaml/#options (schema, resolveKnownTags)
 */
import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { findInvisible } from './invisible.ts';
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
  const doc = parseDocument(text, { schema: 'core', resolveKnownTags: false, prettyErrors: false, uniqueKeys: true });
  // The line starts the parser would have reported (offset 0 and every offset after a line feed), found only when a line is asked for.
  let counter: LineCounter | undefined;
  const lineAt = (offset: number): number => {
    if (!counter) {
      counter = new LineCounter();
      counter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
    }
    return counter.linePos(offset).line + firstLine - 1;
  };
  // An unknown tag is only a warning for the library; for the archive it is an error (Astro's reader would run or crash on it).
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    return {
      ok: false,
      errors: errors.map((error) => {
        // The library's message ends with its own “at line…” and a caret picture: keep the first sentence.
        const message = error.message.split(/ at line \d+|\n/)[0]!.trim();
        const hint = yamlErrorHints[error.code];
        return { line: lineAt(error.pos[0]), problem: hint ? `${hint.problem} (${message})` : message, fix: hint?.fix ?? yamlGeneralFix };
      }),
    };
  }
  // An anchor is written `&name`, an alias `*name`: a text with neither character holds none, and needs no walk.
  const reuse = text.includes('&') || text.includes('*') ? anchorsAndAliases(doc.contents) : [];
  if (reuse.length > 0) {
    const hint = yamlErrorHints.ANCHOR_OR_ALIAS!;
    // One message per line, naming what the line writes: a line of nine aliases is one mistake.
    const byLine = new Map<number, string[]>();
    for (const { offset, written } of reuse) {
      const line = lineAt(offset);
      const names = byLine.get(line) ?? [];
      if (!names.includes(written)) names.push(written);
      byLine.set(line, names);
    }
    return { ok: false, errors: [...byLine].map(([line, names]) => ({ line, problem: `${hint.problem} (${names.map((n) => `\`${n}\``).join(', ')})`, fix: hint.fix })) };
  }
  // Core schema, no tags, no aliases: turning the document into data cannot fail.
  const data: unknown = doc.toJS();
  const invisible = mayHideInvisible(text) ? invisibleInValues(data) : [];
  if (invisible.length > 0) {
    return {
      ok: false,
      errors: invisible.map(({ path, found }) => ({
        line: lineOfPath(path),
        problem: `the value of \`${path.join('.') || 'the document'}\` contains ${found.name} (${found.code}), written as an escape or pasted invisibly; it would not show, or would break the feeds`,
        fix: 'Delete the character (or the `\\…` escape that writes it) from the value.',
      })),
    };
  }
  function lineOfPath(path: DataPath): number {
    for (let n = path.length; n >= 0; n--) {
      const node = nodeAt(path.slice(0, n));
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine;
  }
  function nodeAt(path: DataPath): Node | null {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(String(key), true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else return null;
      if (node === undefined) return null;
    }
    return (node as Node | null) ?? null;
  }
  return {
    ok: true,
    value: {
      data,
      lineOf: lineOfPath,
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

/**
 * {@link readYaml} for tools that stop at a bad file (the registry, a source's meta file, the
 * errata): the parsed YAML, or throws one line per problem, `file:line not valid YAML: what. fix`.
 */
export function readYamlOrThrow(text: string, file: string): ReadYaml {
  const yaml = readYaml(text);
  if (!yaml.ok) throw new Error(yaml.errors.map((e) => `${file}:${e.line} not valid YAML: ${e.problem}. ${e.fix}`).join('\n'));
  return yaml.value;
}

/**
 * Whether a value parsed from `text` could hold an invisible character: only through an escape
 * (`"\b"`, `"\uFFFE"`: every escape starts with a backslash) or when the text holds one itself
 * (then in a value or a comment). Line folding only adds spaces and line feeds, which are text.
 */
function mayHideInvisible(text: string): boolean {
  return text.includes('\\') || findInvisible(text, 1, 1).length > 0;
}

/** Strings (values and keys) of parsed data that hold invisible characters, with their paths. */
function invisibleInValues(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; found: ReturnType<typeof findInvisible>[number] }[] {
  if (typeof data === 'string') {
    const [found] = findInvisible(data, 1, 1);
    return found ? [{ path, found }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => invisibleInValues(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [...invisibleInValues(key, path).map((hit) => ({ ...hit, path: [...path, key] })), ...invisibleInValues(value, [...path, key])]);
  }
  return [];
}

/** Every anchor (`&name`) and alias (`*name`) in a parsed document, in file order. */
function anchorsAndAliases(contents: unknown): { offset: number; written: string }[] {
  const found: { offset: number; written: string }[] = [];
  if (contents === null || contents === undefined) return found;
  visit(contents as Node, (_key, node) => {
    if (isAlias(node)) found.push({ offset: node.range?.[0] ?? 0, written: `*${node.source}` });
    else if ((node as { anchor?: string }).anchor) found.push({ offset: (node as Node).range?.[0] ?? 0, written: `&${(node as { anchor?: string }).anchor}` });
  });
  return found.sort((a, b) => a.offset - b.offset);
}
