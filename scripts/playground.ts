/**
 * `npm run playground`: starts the bot and the Microsoft 365 Agents Playground (a Teams-like web client,
 * from npm, no download) pointed at it. Open the printed address in a browser; Ctrl-C stops both.
 * PORT (bot, default 3978) and PLAYGROUND_PORT (default 56150) choose the ports; without credentials the
 * bot listens on 127.0.0.1 only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitForHttp } from './processes.js';

const require = createRequire(import.meta.url);
const botPort = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

const children: ChildProcess[] = [];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const bot = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: botPort },
});
children.push(bot);
bot.once('exit', stop);

waitForHttp(`http://127.0.0.1:${botPort}/readyz`, bot, { what: 'the bot', intervalMs: 200 })
  .then(() => {
    const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
    // The Playground has no host option: the preload makes its servers listen on 127.0.0.1 only.
    const loopback = pathToFileURL(path.resolve('dist/scripts/loopback-only.js')).href;
    const args = ['--import', loopback, cli, '-e', endpoint, '-c', 'msteams', '-p', playgroundPort, '--dt'];
    const playground = spawn(process.execPath, args, {
      stdio: 'inherit',
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
    });
    children.push(playground);
    playground.once('exit', stop);
    process.stdout.write(`\nPlayground: http://127.0.0.1:${playgroundPort}/ (bot on http://127.0.0.1:${botPort})\n\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`playground: ${error instanceof Error ? error.message : String(error)}\n`);
    stop();
    process.exitCode = 1;
  });
