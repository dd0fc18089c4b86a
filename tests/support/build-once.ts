/**
 * Vitest's global setup: brings dist/ up to date before any test runs, so that the tests which start the
 * built server or a script as a process (`node dist/src/main.js`, `dist/scripts/*.js`) never run stale
 * code. `tsc -b` is incremental: when `npm test` has just built (its typecheck step), this is a sub-second
 * check; after an edit it recompiles what changed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export default function buildOnce(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`build-once: tsc -b tsconfig.build.json failed\n${result.stdout}${result.stderr}`);
  }
}
