/**
 * Bad input, one fixture folder per behaviour (tests/fixtures/bad-input/<behaviour>/, each a tiny
 * content folder: speakers.yaml + articles/). Each case pins the exact message a maintainer sees;
 * `npm run validate -- tests/fixtures/bad-input/<behaviour>` prints the same text. Folders named
 * `negative-…` are valid input that must produce no message.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../../scripts/lib/validate/issue.ts';
import { readContentFolder } from '../../../scripts/lib/validate/read-content.ts';
import { validateContent } from '../../../scripts/lib/validate/validate-content.ts';

const base = 'tests/fixtures/bad-input';

/** Messages for one fixture, paths shown relative to the fixture folder. */
function messagesFor(behaviour: string): string[] {
  const root = `${base}/${behaviour}`;
  return validateContent(readContentFolder(root, (path) => path.slice(root.length + 1))).map(formatIssue);
}

const cases: { behaviour: string; messages: string[] }[] = [
  { behaviour: 'binary-file', messages: [
      "articles/2024-06-13-gansu-fabuhui.md (byte 0, line 1) This is a PNG image, not a Markdown text file.\n  fix: Copy the article text into a UTF-8 .md file (start from `npm run new`)."
    ] },
  { behaviour: 'duplicate-ids', messages: [
      "articles/2024-06-13-gansu-fabuhui-copy.md:2 [id] Duplicate id “2024-06-13-gansu-fabuhui”: articles/2024-06-13-gansu-fabuhui.md has the same id.\n  fix: Every article needs its own id (= its file name): give one of them another id and rename its file, or delete the copy.",
      "articles/2024-06-13-gansu-fabuhui-copy.md:2 [id] The id “2024-06-13-gansu-fabuhui” is not the file name “2024-06-13-gansu-fabuhui-copy.md”.\n  fix: Rename the file to 2024-06-13-gansu-fabuhui.md, or set `id: 2024-06-13-gansu-fabuhui-copy` (the id is the file name and the URL).",
      "articles/2024-06-13-gansu-fabuhui.md:2 [id] Duplicate id “2024-06-13-gansu-fabuhui”: articles/2024-06-13-gansu-fabuhui-copy.md has the same id.\n  fix: Every article needs its own id (= its file name): give one of them another id and rename its file, or delete the copy."
    ] },
  { behaviour: 'empty-file', messages: [
      "articles/2024-06-13-gansu-fabuhui.md (byte 0, line 1) The file is empty (0 bytes).\n  fix: Write the article into it (start from `npm run new -- --title … --date …`) or delete the file."
    ] },
  { behaviour: 'id-not-ascii', messages: [
      "articles/甘肃发布会.md:2 [id] `id` “2024-06-13-甘肃发布会” is not ASCII-safe: ids are lower-case ASCII letters and digits joined by single hyphens (they become file names, URLs and anchors).\n  fix: Use an ASCII id such as `id: 2024-06-13-gan-su-fa-bu-hui` and name the file 2024-06-13-gan-su-fa-bu-hui.md."
    ] },
  { behaviour: 'id-not-file-name', messages: [
      "articles/2024-06-13-gansu.md:2 [id] The id “2024-06-13-gansu-fabuhui” is not the file name “2024-06-13-gansu.md”.\n  fix: Rename the file to 2024-06-13-gansu-fabuhui.md, or set `id: 2024-06-13-gansu` (the id is the file name and the URL)."
    ] },
  { behaviour: 'invalid-date', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:4 [date] `date` is “2024-02-30”, which is not a real date in the form YYYY-MM-DD.\n  fix: Write the day of the event or publication as YYYY-MM-DD in quotes, e.g. `date: '2024-06-13'`."
    ] },
  { behaviour: 'missing-date', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:2 [date] The required field `date` is missing.\n  fix: Write the day of the event or publication as YYYY-MM-DD in quotes, e.g. `date: '2024-06-13'`."
    ] },
  { behaviour: 'mixed-encodings', messages: [
      "articles/2024-06-13-gansu-fabuhui.md (byte 443, line 19) Mixed encodings: the text is UTF-8 up to byte 443, then come bytes that are not UTF-8 (c8 ce d5 f1). They read as GB18030 (“任振鹤**：谢谢你的提问…”).\n  fix: Re-type or re-paste the text from byte 443 on as UTF-8; if the whole source is in another encoding, put it in content/sources/ and run `npm run import`."
    ] },
  // Core schema: an unquoted 2024-06-13 is text, and the site reads it with the same parser.
  { behaviour: 'negative-date-unquoted-is-text', messages: [] },
  { behaviour: 'negative-raw-html-is-text', messages: [] },
  { behaviour: 'negative-source-unchanged', messages: [] },
  { behaviour: 'negative-valid-article', messages: [] },
  { behaviour: 'no-frontmatter', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:1 The file has no frontmatter: its first line must be `---`, but it is “甘肃省政府新闻发布会”.\n  fix: Start the file with a `---` line, the frontmatter fields (id, title, date, …), then another `---` line; see “Adding a press release” in README.md."
    ] },
  { behaviour: 'qa-label-no-speaker', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:19 Q&A label “任振河” matches no speaker of this article and is not a questioner (…记者).\n  fix: Add the person to `speakers:` in the frontmatter (and to content/speakers.yaml), or fix the label."
    ] },
  { behaviour: 'registry-errors', messages: [
      "speakers.yaml:7 [entry 3: name.hant] The required field `name.hant` is missing.\n  fix: Write the name in traditional characters, e.g. `hant: 任振鶴`.",
      "speakers.yaml:8 [entry 4: id] `id` “王占东” is not ASCII-safe: ids are lower-case ASCII letters and digits joined by single hyphens (they become file names, URLs and anchors).\n  fix: Use the pinyin of the name: `id: wang-zhandong` (and the same id in the articles' `speakers:`).",
      "speakers.yaml:10 [entry 5: id] Duplicate speaker id “lu-ying”: line 4 already has it.\n  fix: Merge the two entries if they are the same person (put extra names in `aliases`), or give one of them another id."
    ] },
  { behaviour: 'registry-missing', messages: [
      "speakers.yaml The speakers registry is missing, so no speaker or Q&A label can be checked.\n  fix: Create it; an empty registry is the line `[]`. The registry is a YAML list; each entry is `- id: ren-zhenhe` then `  name: { hans: 任振鹤, hant: 任振鶴 }` (see “Adding a new speaker” in README.md)."
    ] },
  { behaviour: 'several-problems', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:2 [id] The id “2024-06-13-gansu” is not the file name “2024-06-13-gansu-fabuhui.md”.\n  fix: Rename the file to 2024-06-13-gansu.md, or set `id: 2024-06-13-gansu-fabuhui` (the id is the file name and the URL).",
      "articles/2024-06-13-gansu-fabuhui.md:2 [date] The required field `date` is missing.\n  fix: Write the day of the event or publication as YYYY-MM-DD in quotes, e.g. `date: '2024-06-13'`.",
      "articles/2024-06-13-gansu-fabuhui.md:6 [photographer] Unknown field `photographer`: the article format has no such field.\n  fix: Remove it or correct its spelling; the fields here are: id, title, titleBasis, subtitle, kicker, date, dateBasis, outlet, event, standfirst, authors, region, kind, script, speakers, source, repairs.",
      "articles/2024-06-13-gansu-fabuhui.md:19 Q&A label “任振河” matches no speaker of this article and is not a questioner (…记者).\n  fix: Add the person to `speakers:` in the frontmatter (and to content/speakers.yaml), or fix the label."
    ] },
  { behaviour: 'source-changed', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:10 [source.sha256] The raw text sources/007_gansu.txt has changed since this article was made from it (its SHA-256 is 34a57442f36b…, the article says b06702b60c0f…); raw texts are never edited.\n  fix: Restore the original bytes (e.g. `git checkout -- content/sources/007_gansu.txt`); to correct the text, add an errata entry and run `npm run normalize`."
    ] },
  { behaviour: 'source-missing', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:10 [source.file] The raw text sources/007_gansu.txt that this article was normalized from is missing.\n  fix: Put the raw text back into the content folder's sources/ exactly as received, or remove the `source` field if the article was written by hand."
    ] },
  { behaviour: 'unclosed-frontmatter', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:1 The frontmatter opened by `---` on line 1 is never closed: no later line is exactly `---`.\n  fix: Add a line `---` before line 14 (“**主持人**：现在开始提问。…”), where the article text seems to start."
    ] },
  { behaviour: 'undecodable-bytes', messages: [
      "articles/2024-06-13-gansu-fabuhui.md (byte 40, line 3) The bytes are not UTF-8: the first invalid byte sequence is b8 ca cb e0. They read as GB18030 (“甘肃省政府新闻发布会…”).\n  fix: Convert the file to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 in.md > out.md`, or “Save as… UTF-8” in the editor), or put the raw text in content/sources/ and run `npm run import`."
    ] },
  { behaviour: 'unknown-field', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:10 [photographer] Unknown field `photographer`: the article format has no such field.\n  fix: Remove it or correct its spelling; the fields here are: id, title, titleBasis, subtitle, kicker, date, dateBasis, outlet, event, standfirst, authors, region, kind, script, speakers, source, repairs.",
      "articles/2024-06-13-gansu-fabuhui.md:11 [speaker] Unknown field `speaker`: the article format has no such field.\n  fix: Remove it or correct its spelling; the fields here are: id, title, titleBasis, subtitle, kicker, date, dateBasis, outlet, event, standfirst, authors, region, kind, script, speakers, source, repairs."
    ] },
  { behaviour: 'unknown-speaker', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:12 [speakers[1].id] Unknown speaker “ren-zhen-he”: content/speakers.yaml has no speaker with this id.\n  fix: Correct the id, or add the person to content/speakers.yaml (`- id: …` with `name: { hans: …, hant: … }`).",
      "articles/2024-06-13-gansu-fabuhui.md:19 Q&A label “任振鹤” matches no speaker of this article and is not a questioner (…记者).\n  fix: Add the person to `speakers:` in the frontmatter (and to content/speakers.yaml), or fix the label."
    ] },
  { behaviour: 'unsafe-link', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:23 A link uses the URL scheme “javascript:”, which would run code or load data when a reader clicks it.\n  fix: Link only to http(s) pages, mailto: addresses or pages of the archive (e.g. /zh-hans/articles/…), or remove the link and keep its text."
    ] },
  { behaviour: 'utf-16-file', messages: [
      "articles/2024-06-13-gansu-fabuhui.md (byte 0, line 1) The file is UTF-16 (little-endian byte-order mark ff fe); articles are UTF-8.\n  fix: Save the file as UTF-8 (without byte-order mark)."
    ] },
  { behaviour: 'wrong-types', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:10 [authors] `authors` must be a list, but it is “盛学卿”.\n  fix: Write a list of names, e.g. `authors: [盛学卿, 王占东]`.",
      "articles/2024-06-13-gansu-fabuhui.md:12 [speakers[0].role] `speakers[0].role` is “chair”, but it must be one of host | speaker.\n  fix: Write host (labelled `主持人`) or speaker (the default; leave it out).",
      "articles/2024-06-13-gansu-fabuhui.md:13 [speakers[1]] `speakers[1]` must be a mapping (`key: value` lines or `{ key: value }`), but it is “ren-zhenhe”.\n  fix: Write a list of `{ id, role, position }`, e.g. `speakers: [{ id: ren-zhenhe, position: 省长 }, { id: lu-ying, role: host }]`."
    ] },
  { behaviour: 'yaml-duplicate-field', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:8 The frontmatter is not valid YAML: a field appears twice (Map keys must be unique).\n  fix: Keep one of the two lines."
    ] },
  { behaviour: 'yaml-syntax-error', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:10 The frontmatter is not valid YAML: a value contains “: ” (colon and space), or a line is indented under a field that already has a value (Nested mappings are not allowed in compact mappings).\n  fix: Put the value in quotes, e.g. `event: \"新闻发布会: 甘肃专场\"`, or remove the extra indentation.",
      "articles/2024-06-13-gansu-fabuhui.md:12 The frontmatter is not valid YAML: a list `[…]` or mapping `{…}` is not closed on its line, or a line is indented wrongly (Flow sequence in block collection must be sufficiently indented and end with a ]).\n  fix: Close the list with `]` (the mapping with `}`) on the same line, and indent list items under `speakers:` by two spaces."
    ] },
  // Hostile input (issue 14): invisible characters, YAML tags and escapes, constructs the site cannot render, bounded work, odd files.
  { behaviour: 'bidi-override-in-body', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:19:29 Column 29 holds a bidi embedding or override (U+202E): it does not show, but changes how the text is read (before a turn label it hides the label, and the answer goes to the previous speaker).\n  fix: Delete the character: retype the line, or search for it in an editor that shows invisible characters."
    ] },
  { behaviour: 'bom-before-turn-label', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:19:1 Column 1 holds a zero-width no-break space (byte-order mark) (U+FEFF): it does not show, but changes how the text is read (before a turn label it hides the label, and the answer goes to the previous speaker).\n  fix: Delete the character: retype the line, or search for it in an editor that shows invisible characters."
    ] },
  { behaviour: 'deep-list-nesting', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:21 Line 21 nests block markers (`>`, `-`, `1.` or indentation) 4,000 levels deep; at most 8 are read, and the archive renders no quotes and no nested lists.\n  fix: Write the text as paragraphs (or one flat list): remove the `>` and list markers and the indentation at the start of the line."
    ] },
  { behaviour: 'deep-quote-nesting', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:21 Line 21 is 10,003 characters long; a line may be at most 10,000.\n  fix: Split the text into paragraphs: a blank line between them (a paragraph is one line); if this is not article text, check that it is the right file.",
      "articles/2024-06-13-gansu-fabuhui.md:21 Line 21 nests block markers (`>`, `-`, `1.` or indentation) 10,000 levels deep; at most 8 are read, and the archive renders no quotes and no nested lists.\n  fix: Write the text as paragraphs (or one flat list): remove the `>` and list markers and the indentation at the start of the line."
    ] },
  { behaviour: 'directory-named-md', messages: [
      "articles/2024-06-13-gansu-fabuhui.md The path is a directory, not a regular file, so it is not read.\n  fix: Content files are plain files: rename or remove it."
    ] },
  { behaviour: 'image-in-body', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:21 An image is not rendered by the archive (it keeps no images or footnotes).\n  fix: Use :::figure with the caption as text, or write the note as text."
    ] },
  { behaviour: 'line-too-long', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:21 Line 21 is 11,000 characters long; a line may be at most 10,000.\n  fix: Split the text into paragraphs: a blank line between them (a paragraph is one line); if this is not article text, check that it is the right file."
    ] },
  { behaviour: 'negative-emoji-and-rare-han', messages: [] },
  { behaviour: 'nested-list-item', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:22 A list item holds a nested list, which the archive does not render (it would be dropped from the page).\n  fix: Write one paragraph per list item, without nesting."
    ] },
  { behaviour: 'quote-inside-list-item', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:23 A list item holds a quote (`>`), which the archive does not render (it would be dropped from the page).\n  fix: Write one paragraph per list item, without nesting."
    ] },
  { behaviour: 'symlink-out-of-archive', messages: [
      "articles/2024-06-13-gansu-fabuhui.md The path is a symbolic link to ../negative-valid-article/articles/2024-06-13-gansu-fabuhui.md, outside the content folder.\n  fix: Copy the file into the archive instead of linking to it."
    ] },
  { behaviour: 'yaml-alias-bomb', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:3 The frontmatter is not valid YAML: a value starts with `&` or `*`, which YAML reads as an anchor or a reference to one; the article format has none (a value is written out where it belongs) (`&t`).\n  fix: Put the value in quotes, e.g. `title: \"*……\"`, or write the referenced value out in full.",
      "articles/2024-06-13-gansu-fabuhui.md:4 The frontmatter is not valid YAML: a value starts with `&` or `*`, which YAML reads as an anchor or a reference to one; the article format has none (a value is written out where it belongs) (`&a1`, `*t`).\n  fix: Put the value in quotes, e.g. `title: \"*……\"`, or write the referenced value out in full.",
      "articles/2024-06-13-gansu-fabuhui.md:5 The frontmatter is not valid YAML: a value starts with `&` or `*`, which YAML reads as an anchor or a reference to one; the article format has none (a value is written out where it belongs) (`&a2`, `*a1`).\n  fix: Put the value in quotes, e.g. `title: \"*……\"`, or write the referenced value out in full.",
      "articles/2024-06-13-gansu-fabuhui.md:6 The frontmatter is not valid YAML: a value starts with `&` or `*`, which YAML reads as an anchor or a reference to one; the article format has none (a value is written out where it belongs) (`*a2`).\n  fix: Put the value in quotes, e.g. `title: \"*……\"`, or write the referenced value out in full."
    ] },
  { behaviour: 'yaml-control-escapes', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:3 The frontmatter is not valid YAML: the value of `title` contains a control character (U+0008), written as an escape or pasted invisibly; it would not show, or would break the feeds.\n  fix: Delete the character (or the `\\…` escape that writes it) from the value."
    ] },
  { behaviour: 'yaml-js-function-tag', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:3 The frontmatter is not valid YAML: a value carries a YAML tag (`!!…` or `!…`) that the archive does not read: frontmatter is plain YAML (core schema: text, numbers, true/false, lists, mappings) (Unresolved tag: tag:yaml.org,2002:js/function).\n  fix: Remove the tag (e.g. `!!js/function`, `!!binary`, `!!timestamp`) and write the value as plain text."
    ] },
  { behaviour: 'yaml-nul-escape', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:6 The frontmatter is not valid YAML: the value of `outlet` contains a control character (U+0000), written as an escape or pasted invisibly; it would not show, or would break the feeds.\n  fix: Delete the character (or the `\\…` escape that writes it) from the value."
    ] },
  { behaviour: 'zero-width-space-in-label', messages: [
      "articles/2024-06-13-gansu-fabuhui.md:17:7 Column 7 holds a zero-width space or joiner (U+200B): it does not show, but changes how the text is read (before a turn label it hides the label, and the answer goes to the previous speaker).\n  fix: Delete the character: retype the line, or search for it in an editor that shows invisible characters."
    ] },
];

describe('validateContent on bad input', () => {
  test.each(cases)('$behaviour', ({ behaviour, messages }) => {
    expect(messagesFor(behaviour)).toEqual(messages);
  });

  // Too big to keep in the repository, or impossible to commit (a FIFO): the article file is made by the test.
  const valid = readFileSync(`${base}/negative-valid-article/articles/2024-06-13-gansu-fabuhui.md`, 'utf8');
  test.each<{ behaviour: string; make: (path: string) => void; messages: string[] }>([
    {
      behaviour: 'huge-file (6 MB of Chinese text)',
      make: (path) => writeFileSync(path, valid + '全省招商引资势头良好。'.repeat(200_000)),
      // Refused from its size before a byte is read (bounded work), as every content file is.
      messages: ['articles/2024-06-13-gansu-fabuhui.md The path is 6.3 MB (6600527 bytes); a content file may be at most 1 MB.\n  fix: Check that this is the right file; a long text that holds several articles must be split into one file per article.'],
    },
    {
      // Reading a FIFO would block until a writer came.
      behaviour: 'fifo-named-md',
      make: (path) => execFileSync('mkfifo', [path]),
      messages: ['articles/2024-06-13-gansu-fabuhui.md The path is a named pipe (FIFO), not a regular file, so it is not read.\n  fix: Content files are plain files: rename or remove it.'],
    },
    {
      behaviour: 'too-many-blocks (6,000 paragraphs)',
      make: (path) => writeFileSync(path, valid + '\n全省招商引资势头良好。\n'.repeat(6000)),
      messages: ['articles/2024-06-13-gansu-fabuhui.md:1 The file has 6,004 blocks (paragraphs, turns, list items…); an article may have at most 5,000.\n  fix: Split it into one file per article, each with its own id (`npm run new` makes one).'],
    },
  ])('$behaviour (generated)', ({ make, messages }) => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    try {
      mkdirSync(join(root, 'articles'));
      copyFileSync(`${base}/negative-valid-article/speakers.yaml`, join(root, 'speakers.yaml'));
      make(join(root, 'articles', '2024-06-13-gansu-fabuhui.md'));
      expect(validateContent(readContentFolder(root, (path) => path.slice(root.length + 1))).map(formatIssue)).toEqual(messages);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('every fixture folder has a case and every case a folder', () => {
    expect(cases.map((c) => c.behaviour).sort()).toEqual(readdirSync(base).sort());
  });
});
