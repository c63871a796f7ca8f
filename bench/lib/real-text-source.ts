/**
 * The I/O half of the realistic corpus: installs Debian's Chinese documentation with apt when it is
 * missing (`manpages-zh`, `debian-reference-zh-cn`, `debian-reference-zh-tw`) and reads it into
 * paragraphs per script (`real-text.ts`). Without apt (another distribution, no root) it reports why,
 * and the benchmark skips the realistic corpus with that message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ScriptCode } from '../../src/lib/article/schema.ts';
import { articleParagraphs, manPageParagraphs, plainTextParagraphs } from './real-text.ts';

/** The Debian packages and where their text is, per script. */
export const realTextPackages = ['manpages-zh', 'debian-reference-zh-cn', 'debian-reference-zh-tw'] as const;
const sources: Record<ScriptCode, { manDir: string; reference: string }> = {
  hans: { manDir: '/usr/share/man/zh_CN', reference: '/usr/share/debian-reference/debian-reference.zh-cn.txt.gz' },
  hant: { manDir: '/usr/share/man/zh_TW', reference: '/usr/share/debian-reference/debian-reference.zh-tw.txt.gz' },
};

/** Real paragraphs per script, and where they came from. */
export interface RealText {
  paragraphs: Record<ScriptCode, string[]>;
  from: string;
}

function installed(): boolean {
  return (['hans', 'hant'] as const).every((s) => existsSync(sources[s].manDir) && existsSync(sources[s].reference));
}

function gzFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.gz'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Installs the packages with apt-get when they are missing; returns why not when it cannot. */
export function ensureRealText(log: (line: string) => void): { ok: true } | { ok: false; reason: string } {
  if (installed()) return { ok: true };
  const hasApt = (() => {
    try {
      execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!hasApt) return { ok: false, reason: `apt-get is not available: install ${realTextPackages.join(', ')} (Debian/Ubuntu) to measure the realistic corpus` };
  log(`  realistic corpus: apt-get install ${realTextPackages.join(' ')}`);
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...realTextPackages], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 });
  } catch (error) {
    return { ok: false, reason: `apt-get install ${realTextPackages.join(' ')} failed (run it as root, or after apt-get update): ${String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split('\n').slice(-2).join(' ')}` };
  }
  return installed() ? { ok: true } : { ok: false, reason: `apt-get installed ${realTextPackages.join(', ')} but their files are not where expected (${sources.hans.manDir}, ${sources.hans.reference})` };
}

/** Reads the installed documentation into article-fit paragraphs, man pages in path order then the Debian Reference. */
export function readRealText(): RealText {
  const read = (script: ScriptCode): string[] => {
    const { manDir, reference } = sources[script];
    const man = gzFiles(manDir).flatMap((file) => manPageParagraphs(gunzipSync(readFileSync(file)).toString('utf8')));
    const ref = plainTextParagraphs(gunzipSync(readFileSync(reference)).toString('utf8'));
    return articleParagraphs([...man, ...ref]);
  };
  return { paragraphs: { hans: read('hans'), hant: read('hant') }, from: `Debian ${realTextPackages.join(', ')} (${sources.hans.manDir}, ${sources.hant.manDir}, /usr/share/debian-reference/)` };
}
