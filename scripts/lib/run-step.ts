/** Runs one build step as a child process, inheriting stdio, and fails loudly with its name. */
import { spawnSync } from 'node:child_process';

/** One step of a command pipeline. */
export interface Step {
  /** What the step does, printed before it runs. */
  label: string;
  /** Program and arguments; `node` means the project's own Node runtime. */
  command: readonly [string, ...string[]];
}

/** Runs steps in order; exits the process with the failing step's code. */
export function runSteps(steps: readonly Step[]): void {
  for (const step of steps) {
    const [program, ...args] = step.command;
    const executable = program === 'node' ? process.execPath : program;
    console.log(`\n▶ ${step.label}: ${step.command.join(' ')}`);
    const started = Date.now();
    const result = spawnSync(executable, args, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.error) {
      console.error(`✖ ${step.label} could not start: ${result.error.message}`);
      process.exit(1);
    }
    if (result.status !== 0) {
      console.error(`✖ ${step.label} failed (exit ${result.status ?? result.signal}).`);
      process.exit(result.status ?? 1);
    }
    console.log(`✔ ${step.label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
