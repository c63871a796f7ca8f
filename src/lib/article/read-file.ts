/**
 * The one way the archive's tools read a content file from disk: only regular files, inside the
 * content folder, at most a size limit — checked before a byte is read, so a directory named
 * `x.md`, a FIFO, `/dev/zero` or a symbolic link out of the archive is refused by name instead of
 * hanging, crashing or filling memory. The only I/O of src/lib/article/.
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

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why `path` may not be read as a content file of `root`, or null when it may: it must be a regular
 * file (a symbolic link only if it resolves inside `root`) of at most `maxBytes`.
 */
export function refusalOf(path: string, root: string, maxBytes = maxFileBytes): FileRefusal | null {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return new FileRefusal(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, 'Check that the file exists and is readable.');
  }
  if (stats.isSymbolicLink()) {
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
  if (kind) return new FileRefusal(path, `is ${kind}, not a regular file, so it is not read.`, 'Content files are plain files: rename or remove it.');
  if (stats.size > maxBytes) {
    return new FileRefusal(path, `is ${size(stats.size)} (${stats.size} bytes); a content file may be at most ${size(maxBytes)}.`, 'Check that this is the right file; a long text that holds several articles must be split into one file per article.');
  }
  return null;
}

/** The bytes of a content file, or throws a {@link FileRefusal}; never reads more than `maxBytes`. */
export function readRegularFile(path: string, root: string, maxBytes = maxFileBytes): Uint8Array {
  const refusal = refusalOf(path, root, maxBytes);
  if (refusal) throw refusal;
  // O_NONBLOCK: should the file have become a FIFO since the check, opening it must not hang.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind) throw new FileRefusal(path, `is ${kind}, not a regular file, so it is not read.`, 'Content files are plain files: rename or remove it.');
    const bytes = new Uint8Array(Math.min(stats.size, maxBytes + 1));
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
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
