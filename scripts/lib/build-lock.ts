/**
 * One build at a time per output folder: `npm run build` holds `<dist>.build-lock` (a file naming
 * its process) from the first step to the publish. A second build waits for it, or with
 * `--no-wait` stops with a message naming the holder. The lock also names the step process the
 * build is running, so a build killed with `kill -9` whose step (Astro, say) still runs keeps its
 * lock until that step ends too; a lock whose processes are all gone is taken over; a lock from
 * another host is never guessed about.
 */
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';

/** What the lock file records about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** The step process the holder is running, if any. */
  child?: number;
}

/** A held lock. */
export interface HeldLock {
  /** Records the step process now running under this lock. */
  setChild: (pid: number | undefined) => void;
  /** Removes the lock file if it is still ours. */
  release: () => void;
}

/** How to wait for a lock. */
export interface LockOptions {
  /** Wait for the holder to finish (true) or fail at once (false). */
  wait: boolean;
  /** Give up after this many milliseconds of waiting. */
  timeoutMs?: number;
  /** Told once when the lock is held by someone else, with who holds it. */
  onWait?: (message: string, holder: LockHolder) => void;
}

/** Why a lock could not be had; the message says who holds it and what to do. */
export class LockBusyError extends Error {}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? ''), ...(typeof parsed.child === 'number' ? { child: parsed.child } : {}) };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the build that wrote `holder`, or the step it was running, still runs (a lock of another host counts as running). */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  return processAlive(holder.pid) || (holder.child !== undefined && processAlive(holder.child));
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Creates the lock file if nobody holds it; true when it is ours. */
function tryCreate(path: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, `${JSON.stringify(me)}\n`);
  closeSync(fd);
  return true;
}

/** Takes the lock at `path`, waiting as `options` say. */
export function acquireLock(path: string, options: LockOptions): HeldLock {
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const started = Date.now();
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) {
      // Two builds that both found the same dead holder may both have removed its lock: the one
      // whose file survived a moment later owns it, the other goes back to waiting.
      sleep(50);
      if (readHolder(path)?.pid === me.pid) {
        const ours = (): boolean => readHolder(path)?.pid === me.pid;
        return {
          setChild: (pid) => {
            // Rewritten in place: the file is tiny, and only its holder writes it.
            if (ours()) writeFileSync(path, `${JSON.stringify(pid === undefined ? me : { ...me, child: pid })}\n`);
          },
          release: () => {
            if (ours()) rmSync(path, { force: true });
          },
        };
      }
      continue;
    }
    const holder = readHolder(path);
    if (holder && !holderAlive(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    // A lock file being written right now (no holder readable yet) is treated as held.
    const shown: LockHolder = holder ?? { pid: 0, host: '?', since: '?' };
    const orphan = holder?.host === hostname() && !processAlive(holder.pid) && holder.child !== undefined;
    const message = orphan
      ? `${path} is held by step process ${shown.child} of a build that was killed (process ${shown.pid}, since ${shown.since}); it is still running`
      : `${path} is held by process ${shown.pid} on ${shown.host} (since ${shown.since}): another build of this folder is running`;
    if (!options.wait) throw new LockBusyError(`${message}. Wait for it to finish, or run the build without --no-wait to queue behind it.`);
    if (Date.now() - started > (options.timeoutMs ?? 30 * 60_000)) throw new LockBusyError(`${message}, still after ${Math.round((Date.now() - started) / 1000)} s. If no build is running, remove ${path}.`);
    if (!told) options.onWait?.(message, shown);
    told = true;
    sleep(500);
  }
}
