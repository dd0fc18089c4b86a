/**
 * The built server as a host runs it (`node dist/src/main.js`): settings from `.env` in the working
 * directory, the real environment winning over the file, and SIGTERM ending in a clean exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = path.resolve('dist/src/main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-process-'));
const children = new Set<ChildProcess>();
afterAll(() => {
  // A test that failed or timed out leaves its server running: stop it.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the server in `cwd` and resolves once `port` answers /healthz. */
async function start(cwd: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [MAIN], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      KNOWLEDGE_DIR: path.resolve('knowledge'),
      STORAGE: 'memory',
      SCHEDULER: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('the server process', { timeout: 240_000 }, () => {
  it('reads PORT from .env, and the real environment wins over the file', async () => {
    const [filePort, envPort] = [await freePort(), await freePort()];
    const cwd = path.join(dir, 'dotenv');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(path.join(cwd, '.env'), `# local settings\nPORT=${filePort}\nLOG_LEVEL=info\n`);

    const fromFile = await start(cwd, filePort);
    expect(fromFile.output()).toContain('read settings from .env');
    expect(await stop(fromFile.child)).toBe(0);

    const fromEnv = await start(cwd, envPort, { PORT: String(envPort) });
    expect(await stop(fromEnv.child)).toBe(0);
    expect(fromEnv.output()).toContain(`"port":${envPort}`);
  });

  it('stops cleanly on SIGTERM: says so, and exits 0', async () => {
    const port = await freePort();
    const running = await start(dir, port, { PORT: String(port) });
    expect(await stop(running.child)).toBe(0);
    const lines = running
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; signal?: string });
    expect(lines.filter((line) => line.signal === 'SIGTERM').map((line) => line.msg)).toEqual(['stopping', 'stopped']);
  });
});
