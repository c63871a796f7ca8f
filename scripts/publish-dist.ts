/**
 * `node scripts/publish-dist.ts <staging> <dist>`: the last build step. Replaces `<dist>` with the
 * complete build in `<staging>` (scripts/lib/publish-site.ts): readers of `<dist>` see the old site
 * until the new one is complete next to it, and a folder that is not a build of this archive is
 * never replaced.
 */
import { publishSite } from './lib/publish-site.ts';

const [staging, dist] = process.argv.slice(2);
if (!staging || !dist) {
  console.error('usage: node scripts/publish-dist.ts <staging folder> <dist folder>');
  process.exit(2);
}
try {
  publishSite(staging, dist);
  console.log(`publish: ${dist}/ replaced by the new build.`);
} catch (error) {
  console.error(`publish: ${(error as Error).message}`);
  process.exitCode = 1;
}
