/**
 * `node scripts/publish-dist.ts <staging> <dist>`: the last build step. Replaces `<dist>` with the
 * complete build in `<staging>` by renaming (same parent folder, so no copy): readers of `<dist>`
 * see the old site or the new one, never half of one. The old site is removed afterwards.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

const [staging, dist] = process.argv.slice(2);
if (!staging || !dist) {
  console.error('usage: node scripts/publish-dist.ts <staging folder> <dist folder>');
  process.exit(2);
}
if (!existsSync(staging)) {
  console.error(`publish: ${staging}/ does not exist; the build steps before this one did not write it.`);
  process.exit(1);
}
const old = `${dist}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`publish: ${dist}/ replaced by the new build.`);
