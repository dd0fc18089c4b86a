#!/usr/bin/env node
// `npm run playground`: starts the bot and the Microsoft 365 Agents Playground (a Teams-like web client,
// from npm, no download) pointed at it. Open the printed address in a browser. Ctrl-C stops both.
// PORT (bot, default 3978) and PLAYGROUND_PORT (default 56150) choose the ports; the bot runs without
// credentials, so it listens on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const botPort = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

const bot = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: botPort },
});

async function waitUntilReady() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${botPort}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the bot did not become ready on port ${botPort}`);
}

const children = [bot];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
bot.once('exit', stop);

waitUntilReady()
  .then(() => {
    const playground = spawn(
      process.execPath,
      [cli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--dt'],
      {
        stdio: 'inherit',
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
      },
    );
    children.push(playground);
    playground.once('exit', stop);
    process.stdout.write(`\nPlayground: http://127.0.0.1:${playgroundPort}/ (bot on http://127.0.0.1:${botPort})\n\n`);
  })
  .catch((error) => {
    process.stderr.write(`playground: ${error.message}\n`);
    stop();
    process.exitCode = 1;
  });
