#!/usr/bin/env node
// `npm run dev`: recompile on change (tsc --watch) and restart the bot when the output changes (node --watch).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn(process.execPath, ['--watch', '--disable-warning=DEP0111', 'dist/src/main.js'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', stop);
