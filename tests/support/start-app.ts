/**
 * Starts Wegwijs in-process on an ephemeral 127.0.0.1 port, with a config built from `env` exactly as
 * production builds it, and a logger whose lines the test can read back.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { type Config, type Env, loadConfig } from '../../src/config.js';
import { KnowledgeHolder } from '../../src/kb/holder.js';
import { createLogger } from '../../src/logger.js';
import { type LoadedKnowledge, type RunningWegwijs, type StartOptions, startWegwijs } from '../../src/main.js';
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

/**
 * The repository's knowledge base, loaded once per test worker (~0.7-1.8 s each time) and shared by every app
 * that reads it. Nothing changes it: a test that reloads knowledge gives the app a KNOWLEDGE_DIR of its own.
 */
let sharedKnowledge: Promise<LoadedKnowledge> | undefined;

function knowledgeFor(dir: string): Promise<LoadedKnowledge> | undefined {
  if (dir !== path.resolve('knowledge')) return undefined;
  sharedKnowledge ??= KnowledgeHolder.load(dir);
  return sharedKnowledge;
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
  const knowledge = startOptions.knowledge ?? (await knowledgeFor(config.knowledgeDir));
  const running = await startWegwijs(config, {
    ...startOptions,
    logger,
    ...(knowledge === undefined ? {} : { knowledge }),
  });
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
