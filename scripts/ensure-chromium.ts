/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e tests and the benchmark's browser figures
 * (`npm run test:e2e` and `npm run bench` run this first). Playwright cannot download
 * its own browsers on this network, so the tests drive the system package. When it is missing this
 * installs it with apt-get (as root), or stops with the exact command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    [
      `✖ The end-to-end tests and the benchmark's browser figures need Debian's Chromium at ${CHROMIUM}, and it is not installed.`,
      '  Install it, then run the command again (npm test, npm run bench):',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      !hasApt ? '  (apt-get was not found: install Chromium with your system package manager so that /usr/bin/chromium exists.)' : '',
    ].filter(Boolean).join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's package (a few minutes, once).`);
if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(CHROMIUM)) {
  console.error(`✖ Installing Chromium failed. Try by hand: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}
console.log(`✔ Chromium installed at ${CHROMIUM}.`);
