/**
 * Starting local servers for scripts, benchmarks and tests: a free loopback port, and waiting until a
 * child process answers over HTTP (or has died, which is then the error).
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface WaitOptions {
  /** Named in the errors: "the bot", "the Playground". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** The last output of the child, for the error when it dies or never answers. */
  output?: () => string;
}

/** Resolves once `url` answers 2xx; rejects when `child` exits first or the time is up. */
export async function waitForHttp(url: string, child: ChildProcess, options: WaitOptions): Promise<void> {
  const deadline = performance.now() + (options.timeoutMs ?? 30_000);
  const output = () => (options.output === undefined ? '' : `:\n${options.output()}`);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.what} exited with ${child.exitCode}${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  throw new Error(`${options.what} did not answer on ${url} within ${options.timeoutMs ?? 30_000} ms${output()}`);
}
