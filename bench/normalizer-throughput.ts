/**
 * `node bench/normalizer-throughput.ts <content root> <megabytes> <max seconds>`: runs the
 * normalizer's pipeline in memory over the real raw texts again and again until it has processed the
 * given amount of raw text or run for the given time (at least one pass), and prints `{"rawBytes", "seconds", "passes", "articles"}` as JSON. In one process, so the
 * figure is the pipeline's throughput, not Node's start-up; bench/run.ts runs it under
 * `/usr/bin/time -v` for its peak memory. Reads the normalizer's modules at run time: when their
 * API changes, it prints `{"na": reason}` instead of a figure.
 */
import { join } from 'node:path';

const [root = 'content', megabytes = '10', maxSeconds = '60'] = process.argv.slice(2);
try {
  const files = await import('../scripts/lib/archive-files.ts');
  const { byteStages } = await import('../scripts/lib/normalize/byte-stages.ts');
  const { normalizeArchive } = await import('../scripts/lib/normalize/normalize-archive.ts');
  const sources = files.readSources(join(root, 'sources'));
  const registry = files.readRegistry(join(root, 'speakers.yaml'));
  const stages = byteStages(files.readErrata(join(root, 'sources', 'errata.yaml')));
  const perPass = sources.reduce((n, s) => n + s.bytes.length, 0);
  const target = Number(megabytes) * 1024 * 1024;
  let passes = 0;
  let articles = 0;
  const started = performance.now();
  while (passes === 0 || (passes * perPass < target && performance.now() - started < Number(maxSeconds) * 1000)) {
    // The stages as an object and as a function returning them: the library has taken both forms.
    articles = normalizeArchive(sources, registry.speakers, Object.assign(() => stages, stages)).articles.size;
    passes++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ rawBytes: passes * perPass, seconds, passes, articles, sources: sources.length }));
} catch (error) {
  console.log(JSON.stringify({ na: `the normalizer's library could not be run in memory: ${(error as Error).message.split('\n')[0]}` }));
}
