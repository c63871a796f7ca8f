/**
 * Reads an input file the way every tool that takes a path from a user should: only a regular file
 * (a directory, FIFO, socket or device such as /dev/zero is refused by name, without blocking on
 * it), only up to a size limit checked before and while reading (a 50 MB file is never read into
 * memory), and every failure a one-line message naming the file and the fix, never a stack trace.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why an input file was not read; the message names the file. */
export class InputFileError extends Error {}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function reason(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: cannot be read (permission denied); check the file's permissions`;
    case 'ELOOP':
      return `${path}: a symbolic link loop`;
    default:
      return `${path}: cannot be read (${error.code ?? error.message})`;
  }
}

/** The bytes of the regular file at `path`, at most `maxBytes` of them; anything else throws an InputFileError. */
export function readRegularFile(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputFileError(reason(path, error as NodeJS.ErrnoException));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputFileError(`${path}: ${kindOf(info)}, not a regular file; pass the path of a text file`);
    if (info.size > maxBytes) throw new InputFileError(`${path}: ${megabytes(info.size)}, more than the limit of ${megabytes(maxBytes)}; split it into one file per press release`);
    // One spare byte past the size (and never more than one past the limit): a file that grows
    // while it is read fills the buffer and is refused, instead of being cut or read without bound.
    const buffer = Buffer.alloc(Math.min(maxBytes, info.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length === buffer.length) throw new InputFileError(`${path}: changed while being read (it grew past ${megabytes(length - 1)}); read a finished file`);
    return new Uint8Array(buffer.subarray(0, length));
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(reason(path, error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}
