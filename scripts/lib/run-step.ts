/** Runs one build step after the other as child processes, inheriting stdio, and fails loudly with the step's name. */
import { spawn, type ChildProcess } from 'node:child_process';

/** One step of a command pipeline. */
export interface Step {
  /** What the step does, printed before it runs. */
  label: string;
  /** Program and arguments; `node` means the project's own Node runtime. */
  command: readonly [string, ...string[]];
}

/** Hooks of a run. */
export interface RunOptions {
  /** Called with each step's process as it starts (the build lock records its pid). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs steps in order; exits the process with the failing step's code. */
export async function runSteps(steps: readonly Step[], options: RunOptions = {}): Promise<void> {
  for (const step of steps) {
    const [program, ...args] = step.command;
    const executable = program === 'node' ? process.execPath : program;
    console.log(`\n▶ ${step.label}: ${step.command.join(' ')}`);
    const started = Date.now();
    const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    options.onSpawn?.(child);
    const result = await new Promise<{ error?: Error; status: number | null; signal: NodeJS.Signals | null }>((done) => {
      child.on('error', (error) => done({ error, status: null, signal: null }));
      child.on('exit', (status, signal) => done({ status, signal }));
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
