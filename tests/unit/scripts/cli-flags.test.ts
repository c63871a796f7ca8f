/** User errors on the command line of build, serve and normalize: one clear message and exit 1, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const node = join('node_modules', '.bin', 'node');

test.each([
  { id: 'build: an unknown argument', args: ['scripts/build.ts', '--bogus'], message: 'build: unknown argument "--bogus"\nusage: npm run build [-- --no-wait]' },
  { id: 'normalize: --source without its id', args: ['scripts/normalize.ts', '--source'], message: "normalize: Option '--source <value>' argument missing\nusage: npm run normalize" },
  { id: 'normalize: an unknown flag', args: ['scripts/normalize.ts', '--chek'], message: "normalize: Unknown option '--chek'\nusage: npm run normalize" },
  { id: 'serve: --port without its number', args: ['scripts/serve.ts', '--port'], message: "serve: Option '--port <value>' argument missing\nusage: npm run serve" },
  { id: 'serve: a port that is not a number', args: ['scripts/serve.ts', '--port', '80a'], message: 'serve: --port must be a number from 0 to 65535 (got "80a")' },
  { id: 'serve: a root that does not exist', args: ['scripts/serve.ts', '--root', '/nonexistent/dist'], message: 'serve: /nonexistent/dist/ does not exist or is not a folder. Build the archive first: npm run build' },
  { id: 'serve: a root that is a file', args: ['scripts/serve.ts', '--root', 'package.json'], message: 'serve: package.json/ does not exist or is not a folder.' },
])('$id', ({ args, message }) => {
  const result = spawnSync(node, args, { encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal/);
}, 120_000);
