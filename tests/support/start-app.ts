/**
 * Starts Wegwijs in-process on an ephemeral 127.0.0.1 port, with a config built from `env` exactly as
 * production builds it, and a logger whose lines the test can read back.
 */
import { Writable } from 'node:stream';
import { type Config, type Env, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type RunningWegwijs, type StartOptions, startWegwijs } from '../../src/main.js';
import type { Activity } from './activities.js';

export interface TestApp extends RunningWegwijs {
  /** Every log line written so far, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The raw log output, for "never logs X" assertions. */
  logText(): string;
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  postRaw(body: string | Uint8Array, headers: Record<string, string>): Promise<Response>;
}

export interface StartAppOptions extends Omit<StartOptions, 'logger'> {
  /** Settings the environment cannot give a test (production's Teams-only rule without real credentials). */
  config?: Partial<Config>;
}

export async function startApp(env: Env = {}, options: StartAppOptions = {}): Promise<TestApp> {
  const { config: overrides, ...startOptions } = options;
  const loaded = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'info',
    STORAGE: 'memory',
    NODE_ENV: 'test',
    SCHEDULER: 'off',
    ...env,
  });
  const config: Config = { ...loaded, ...overrides };
  let raw = '';
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const text = chunk.toString('utf8');
      raw += text;
      for (const line of text.split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line));
      callback();
    },
  });
  const logger = createLogger({ level: config.logLevel, destination });
  const running = await startWegwijs(config, { ...startOptions, logger });
  const postRaw = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${running.url}/api/messages`, { method: 'POST', body, headers });
  return {
    ...running,
    logs,
    logText: () => raw,
    postRaw,
    post: (activity: Activity | unknown, headers: Record<string, string> = {}) =>
      postRaw(JSON.stringify(activity), { 'content-type': 'application/json', ...headers }),
  };
}
