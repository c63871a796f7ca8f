/**
 * What the YAML library's error codes mean for someone writing frontmatter, and how to fix each.
 * Source: the `code` of the `yaml` package's errors (node_modules/yaml/dist/errors.d.ts), with the
 * mistakes maintainers make most: a `: ` inside a value, an unclosed `[…]`, a repeated field.
 * `ANCHOR_OR_ALIAS` is the archive's own: read-yaml.ts refuses anchors and aliases, which the
 * library accepts. A code not listed here falls back to the library's own message and a general fix.
 */
export const yamlErrorHints: Readonly<Record<string, { problem: string; fix: string }>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    problem: 'a value contains “: ” (colon and space), or a line is indented under a field that already has a value',
    fix: 'Put the value in quotes, e.g. `event: "新闻发布会: 甘肃专场"`, or remove the extra indentation.',
  },
  MULTILINE_IMPLICIT_KEY: {
    problem: 'a field name runs over two lines (usually a line indented by mistake)',
    fix: 'Start every field at the beginning of its line: `field: value`.',
  },
  BAD_INDENT: {
    problem: 'a list `[…]` or mapping `{…}` is not closed on its line, or a line is indented wrongly',
    fix: 'Close the list with `]` (the mapping with `}`) on the same line, and indent list items under `speakers:` by two spaces.',
  },
  DUPLICATE_KEY: {
    problem: 'a field appears twice',
    fix: 'Keep one of the two lines.',
  },
  TAB_AS_INDENT: {
    problem: 'a line is indented with a tab',
    fix: 'Indent with spaces (two per level).',
  },
  MISSING_CHAR: {
    problem: 'a quote, bracket or brace is not closed',
    fix: 'Close it on the same line, e.g. `title: "……"`.',
  },
  BAD_SCALAR_START: {
    problem: 'a value starts with a character YAML reserves (`@` or a backtick)',
    fix: 'Put the value in quotes.',
  },
  TAG_RESOLVE_FAILED: {
    problem: 'a value carries a YAML tag (`!!…` or `!…`) that the archive does not read: frontmatter is plain YAML (core schema: text, numbers, true/false, lists, mappings)',
    fix: 'Remove the tag (e.g. `!!js/function`, `!!binary`, `!!timestamp`) and write the value as plain text.',
  },
  ANCHOR_OR_ALIAS: {
    problem: 'a value starts with `&` or `*`, which YAML reads as an anchor or a reference to one; the article format has none (a value is written out where it belongs)',
    fix: 'Put the value in quotes, e.g. `title: "*……"`, or write the referenced value out in full.',
  },
};

/** The general fix when a code has no entry. */
export const yamlGeneralFix = 'Write one `field: value` per line; quote values that contain `: `, `#` or start with `[`, `{`, `*`, `&`, `!`, `@` or `%`.';
