/**
 * The one way the archive's tools read a file from disk: only regular files, at most a size limit —
 * checked before a byte is read and again while reading — and, for content files, only inside the
 * content folder. A directory named `x.md`, a FIFO, `/dev/zero`, a 50 MB file or a symbolic link out
 * of the archive is refused by name instead of hanging, crashing or filling memory. Content files
 * (validator, normalizer, search records) pass their folder as `root`; `npm run import` passes
 * `null` for a text given on the command line. The only I/O of src/lib/article/.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { maxFileBytes } from './decode-bytes.ts';

/** A file the archive will not read, with why and what to do. */
export class FileRefusal extends Error {
  override name = 'FileRefusal';
  problem: string;
  fix: string;
  constructor(path: string, problem: string, fix: string) {
    super(`${path}: ${problem} ${fix}`);
    this.problem = problem;
    this.fix = fix;
  }
}

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `6.3 MB`, `1 MB`, `2.0 KB`. */
const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Number.isInteger(bytes / 1024 / 1024) ? bytes / 1024 / 1024 : (bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** What a failed system call means to the person who gave the path, and what to do. */
function unreadable(path: string, error: NodeJS.ErrnoException): FileRefusal {
  switch (error.code) {
    case 'ENOENT':
      return new FileRefusal(path, 'does not exist.', 'Check the path.');
    case 'EACCES':
    case 'EPERM':
      return new FileRefusal(path, 'cannot be read (permission denied).', "Check the file's permissions.");
    case 'ELOOP':
      return new FileRefusal(path, 'is a symbolic link loop.', 'Replace the link with the file itself.');
    default:
      return new FileRefusal(path, `cannot be read (${error.code ?? error.message}).`, 'Check that the file exists and is readable.');
  }
}

/** The fix for a path that is not a plain file: content files are renamed or removed, a command's argument is replaced. */
const notPlainFix = (root: string | null): string => (root === null ? 'Pass the path of a plain text file.' : 'Content files are plain files: rename or remove it.');

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why `path` may not be read, or null when it may: it must be a regular file of at most `maxBytes`
 * and, when `root` is given, a symbolic link only if it resolves inside `root`.
 */
export function refusalOf(path: string, root: string | null, maxBytes = maxFileBytes): FileRefusal | null {
  let stats: Stats;
  try {
    stats = root === null ? statSync(path) : lstatSync(path);
  } catch (error) {
    return unreadable(path, error as NodeJS.ErrnoException);
  }
  if (root !== null && stats.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return new FileRefusal(path, 'is a symbolic link that points nowhere.', 'Replace the link with the file itself, or delete it.');
    }
    if (!inside(realpathSync(root), target)) return new FileRefusal(path, `is a symbolic link to ${relative(realpathSync(root), target)}, outside the content folder.`, 'Copy the file into the archive instead of linking to it.');
    stats = statSync(path);
  }
  const kind = kindOf(stats);
  if (kind) return new FileRefusal(path, `is ${kind}, not a regular file, so it is not read.`, notPlainFix(root));
  if (stats.size > maxBytes) {
    return new FileRefusal(path, `is ${size(stats.size)} (${stats.size} bytes); a ${root === null ? 'text to import' : 'content file'} may be at most ${size(maxBytes)}.`, 'Check that this is the right file; a long text that holds several articles must be split into one file per article.');
  }
  return null;
}

/**
 * The bytes of the file at `path` (a content file of `root`, or any file when `root` is null), or
 * throws a {@link FileRefusal}; never reads more than `maxBytes`, and refuses a file that grows while
 * it is read instead of returning a cut or unbounded prefix.
 */
export function readRegularFile(path: string, root: string | null, maxBytes = maxFileBytes): Uint8Array {
  const refusal = refusalOf(path, root, maxBytes);
  if (refusal) throw refusal;
  let fd: number;
  try {
    // O_NONBLOCK: should the file have become a FIFO since the check, opening it must not hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(path, error as NodeJS.ErrnoException);
  }
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind) throw new FileRefusal(path, `is ${kind}, not a regular file, so it is not read.`, notPlainFix(root));
    // One spare byte past the size (never more than one past the limit): a file that grows while it
    // is read fills the buffer and is refused.
    const bytes = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    if (filled === bytes.length) throw new FileRefusal(path, `changed while being read (it grew past ${size(filled - 1)}).`, 'Read it again once it is complete.');
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof FileRefusal) throw error;
    throw unreadable(path, error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

/** Paths of the entries of `dir` whose names end in `extension`, sorted (whatever they are: callers check each). */
export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}
