/**
 * Helpers of the maintainer end-to-end tests: temporary content folders, `npm run build` /
 * `npm run normalize` as child processes on the project's own Node, and a static server on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

const project = resolve('.');

/** A fresh temporary folder for one test file. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `maint-${prefix}-`));
}

/** Result of a child process. */
export interface RunResult {
  status: number | null;
  output: string;
}

/** A script started in the background: its process, its output so far, and its result. */
export interface StartedScript {
  child: ChildProcess;
  output: () => string;
  result: Promise<RunResult>;
}

/** Starts `node <script> …args` in the project with extra environment. */
export function startScript(script: string, args: readonly string[], env: Record<string, string>): StartedScript {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: project,
    // Astro's bin starts with `#!/usr/bin/env node`: the project's Node must come first on PATH.
    env: { ...process.env, PATH: `${join(project, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const result = new Promise<RunResult>((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
  return { child, output: () => output, result };
}

/** Runs `node <script> …args` in the project with extra environment; resolves with exit status and output. */
export function runScript(script: string, args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  return startScript(script, args, env).result;
}

/** `npm run build` of `content` into `dist`, with its own Astro cache. */
export function build(content: string, dist: string, cache: string): Promise<RunResult> {
  return runScript('scripts/build.ts', [], { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: cache });
}

/** The fenced block after `<!-- maintainer-example:<name> -->` in README.md: what a maintainer copies. */
export function readmeExample(name: 'article' | 'speaker'): string {
  const readme = readFileSync(join(project, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- maintainer-example:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  if (!match?.[1]) throw new Error(`README.md has no <!-- maintainer-example:${name} --> block`);
  return match[1];
}

/**
 * A copy of real articles without their `source:` block (as if written by hand), so the folder needs
 * no raw texts and the build's normalize step has nothing to do.
 */
export function copyArticleWithoutSource(id: string, toArticles: string): void {
  const text = readFileSync(join(project, 'content', 'articles', `${id}.md`), 'utf8');
  const withoutSource = text.replace(/^source:\n(?:[ \t]+.*\n)+/m, '').replace(/^source: \{.*\}\n/m, '');
  writeFileSync(join(toArticles, `${id}.md`), withoutSource);
}

/** A content folder: the project's registry plus `extraSpeakers`, and the given article files. */
export function makeContent(root: string, extraSpeakers: string, articles: Record<string, string>, realArticles: readonly string[] = []): string {
  const content = join(root, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync(join(project, 'content', 'speakers.yaml'), join(content, 'speakers.yaml'));
  writeFileSync(join(content, 'speakers.yaml'), `${readFileSync(join(content, 'speakers.yaml'), 'utf8').trimEnd()}\n${extraSpeakers}`);
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(content, 'articles', name), text);
  for (const id of realArticles) copyArticleWithoutSource(id, join(content, 'articles'));
  return content;
}

/** Serves a built folder on a free port; returns its base URL and a stop function. */
export async function serve(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createStaticServer({ root });
  await new Promise<void>((ready) => server.listen(0, 'localhost', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, stop: () => new Promise((closed) => server.close(() => closed())) };
}
