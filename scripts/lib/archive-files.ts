/**
 * The normalizer's file system side: reads raw texts with their meta files and checksums, the
 * speakers registry and the errata; writes a set of files atomically (every file rendered and
 * validated before, written to a temporary file, then renamed), so a failed run changes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { readYamlOrThrow } from '../../src/lib/article/read-yaml.ts';
import { parseRegistry } from '../../src/lib/article/read-registry.ts';
import type { Speaker } from '../../src/lib/article/schema.ts';
import { sourceMetaSchema, type SourceMeta } from './source-meta.ts';

/** One raw text with what the archive knows about it. */
export interface SourceFile {
  id: string;
  file: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  meta: SourceMeta;
}

/**
 * The path recorded in an article's `source.file`: the raw text's place in the repository
 * (`content/sources/<name>`), the same wherever ARCHIVE_CONTENT points, so a copy of the content
 * folder normalizes to byte-identical articles.
 */
export function sourceFileOf(name: string): string {
  return `content/sources/${name}`;
}

/** SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A source's meta file, validated with the archive's one YAML reader; the error names the file, the line and the field. */
export function readMeta(path: string): SourceMeta {
  const yaml = readYamlOrThrow(readFileSync(path, 'utf8'), path);
  const parsed = sourceMetaSchema.safeParse(yaml.data);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${path}:${yaml.lineOf(i.path)} ${i.path.join('.')}: ${i.message}`).join('\n'));
  return parsed.data;
}

/** Every raw text in `sourcesDir` (`*.txt`), checked against SHA256SUMS, with its meta file. */
export function readSources(sourcesDir: string): SourceFile[] {
  const sumsPath = join(sourcesDir, 'SHA256SUMS');
  const sums = new Map<string, string>();
  if (existsSync(sumsPath)) {
    for (const line of readFileSync(sumsPath, 'utf8').split('\n')) {
      const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
      if (match?.[1] && match[2]) sums.set(match[2], match[1]);
    }
  }
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(sourcesDir, name);
      const bytes = new Uint8Array(readFileSync(path));
      const digest = sha256(bytes);
      const listed = sums.get(name);
      if (listed && listed !== digest) throw new Error(`${path}: sha256 ${digest} differs from SHA256SUMS (${listed}); raw texts are never edited — restore the file from ../shared/sources/`);
      const id = basename(name, '.txt');
      const metaPath = join(sourcesDir, `${id}.meta.yaml`);
      if (!existsSync(metaPath)) throw new Error(`${path}: no meta file ${metaPath}; add one (see docs/article-format.md) or add the text with \`npm run import\``);
      return { id, file: sourceFileOf(name), path, bytes, sha256: digest, meta: readMeta(metaPath) };
    });
}

/** The registry file's leading comment, kept when the registry is rewritten. */
export function readRegistry(path: string): { header: string; speakers: Speaker[] } {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const header = text.split('\n').filter((line, i, all) => line.startsWith('#') && all.slice(0, i).every((l) => l.startsWith('#'))).join('\n');
  return { header, speakers: text ? parseRegistry(text, path) : [] };
}

/** The registry file's text. */
export function renderRegistry(header: string, speakers: readonly Speaker[]): string {
  const body = speakers.length ? stringify(speakers, { lineWidth: 0 }) : '[]\n';
  return `${header ? `${header}\n` : ''}${body}`;
}

/** Text of the errata table for the repair stage (`content/sources/errata.yaml`), or `''`. */
export function readErrata(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Writes every file via a temporary file and a rename, deletes `remove`; on any failure before the renames nothing changes. */
export function writeAtomically(files: readonly { path: string; content: string | Uint8Array }[], remove: readonly string[] = []): void {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = `${file.path}.tmp-${process.pid}`;
      writeFileSync(temp, file.content);
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach((file, i) => renameSync(temps[i] ?? '', file.path));
  for (const path of remove) rmSync(path, { force: true });
}
