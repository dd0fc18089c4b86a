// `npm install` and `npm ci` run this (the `prepare` script) after installing. With the dev dependencies
// present it builds (tsc), so `npm install && npm start` works in a fresh clone. A production install
// (`npm ci --omit=dev`) has no TypeScript: the compiled `dist/` comes with the build artifact instead, so
// the build is skipped — and the install fails only when there is no `dist/` to run either.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  if (existsSync('dist/src/main.js')) {
    console.log('wegwijs: no TypeScript (production install): using the dist/ that came with the build');
    process.exit(0);
  }
  console.error('wegwijs: no TypeScript and no dist/: build first (npm ci && npm run build), then npm ci --omit=dev');
  process.exit(1);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
