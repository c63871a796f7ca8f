/**
 * `npm run build`: the whole archive from the raw texts — normalize → Astro build → Pagefind index.
 * Every step is a separate process so that a failure names its step and leaves no half-built index.
 */
import { distDir } from './lib/paths.ts';
import { runSteps, type Step } from './lib/run-step.ts';

const bin = (name: string): string => `node_modules/.bin/${name}`;

const steps: Step[] = [
  { label: 'Astro build', command: [bin('astro'), 'build'] },
  { label: 'Pagefind index', command: [bin('pagefind'), '--site', distDir()] },
];

// `--print-steps`: print the steps as JSON instead of running them (bench/run.ts runs and measures each one).
if (process.argv.includes('--print-steps')) console.log(JSON.stringify(steps));
else runSteps(steps);
