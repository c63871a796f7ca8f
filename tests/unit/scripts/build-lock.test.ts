/** The build lock: one holder at a time, a clear message for the second, dead holders taken over, a running orphaned step respected. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { acquireLock, holderAlive, LockBusyError } from '../../../scripts/lib/build-lock.ts';

const lockPath = (): string => join(mkdtempSync(join(tmpdir(), 'lock-')), 'dist.build-lock');
/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;

test('a second holder is refused with the first one’s pid; after release it gets the lock', () => {
  const path = lockPath();
  const first = acquireLock(path, { wait: false });
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
  // The same process asking again stands for a second build: the lock is not re-entrant.
  expect(() => acquireLock(path, { wait: false })).toThrow(LockBusyError);
  expect(() => acquireLock(path, { wait: false })).toThrow(`is held by process ${process.pid} on ${hostname()}`);
  first.release();
  expect(existsSync(path)).toBe(false);
  acquireLock(path, { wait: false }).release();
});

test('a lock left by a killed build is taken over', () => {
  const path = lockPath();
  writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), since: 'earlier' }));
  const lock = acquireLock(path, { wait: false });
  expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
  lock.release();
});

test('a killed build whose step still runs keeps its lock (the message names the step)', () => {
  const path = lockPath();
  const dead = deadPid();
  writeFileSync(path, JSON.stringify({ pid: dead, host: hostname(), since: 'earlier', child: process.pid }));
  expect(() => acquireLock(path, { wait: false })).toThrow(`is held by step process ${process.pid} of a build that was killed (process ${dead}`);
});

test('waiting gives up after its timeout with a message', () => {
  const path = lockPath();
  writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: 'earlier' }));
  const waits: number[] = [];
  expect(() => acquireLock(path, { wait: true, timeoutMs: 600, onWait: (_message, holder) => waits.push(holder.pid) })).toThrow(/still after \d+ s\. If no build is running, remove/);
  expect(waits).toEqual([process.pid]);
});

test.each([
  { id: 'this process', holder: { pid: process.pid, host: hostname(), since: '' }, alive: true },
  { id: 'a dead process', holder: { pid: deadPid(), host: hostname(), since: '' }, alive: false },
  { id: 'a dead build with a live step', holder: { pid: deadPid(), host: hostname(), since: '', child: process.pid }, alive: true },
  { id: 'another host (never guessed)', holder: { pid: deadPid(), host: `${hostname()}-elsewhere`, since: '' }, alive: true },
])('holderAlive: $id → $alive', ({ holder, alive }) => {
  expect(holderAlive(holder)).toBe(alive);
});
