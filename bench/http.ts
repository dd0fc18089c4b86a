/**
 * The HTTP benchmark: Wegwijs (as `npm start` runs it, SQLite storage, info logging to /dev/null) and the
 * minimal teams-ai echo bot (bench/echo-bot.ts), each in its own process, posting Teams-shaped messages
 * to /api/messages from 1, 10 and 50 concurrent clients; replies go to a fake Bot Connector in this
 * process. Also: cold start to /readyz, and RSS after a stretch of load.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { freePort, waitForHttp } from '../scripts/processes.js';

export interface LoadResult {
  bot: string;
  concurrency: number;
  /** The median of the rounds. */
  turnsPerSecond: number;
  /** Turns per second of every round, in order. */
  rounds: number[];
  p50: number;
  p99: number;
  errors: number;
}

export interface HttpBenchResult {
  load: LoadResult[];
  /** Whether the bots ran on their own core (taskset), apart from the load generator. */
  pinned: boolean;
  coldStartMs: Record<string, number>;
  rssMiB: Record<string, number>;
  rssSeconds: number;
}

/** A Bot Connector that accepts every reply at once. */
export async function startSink(): Promise<{ url: string; server: Server; replies: () => number }> {
  let replies = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      replies += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"id":"${replies}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, replies: () => replies };
}

export function activity(text: string, serviceUrl: string, user: number): string {
  const userId = `29:bench-user-${user}`;
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    text,
    textFormat: 'plain',
    from: { id: userId, aadObjectId: `00000000-0000-4000-8000-${String(user).padStart(12, '0')}`, name: 'Bench' },
    recipient: { id: '28:bench-bot', name: 'Wegwijs' },
    conversation: { id: `a:personal-${userId}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
  });
}

export interface Bot {
  name: string;
  script: string;
  env: Record<string, string>;
}

/**
 * On a machine with two or more cores and `taskset`, the bot under test gets the last core and this
 * process (load generator and fake connector) the others, so that neither steals the other's CPU.
 */
export function pinning(): { botCpu: string; benchCpus: string } | undefined {
  const cpus = availableParallelism();
  if (cpus < 2) return undefined;
  try {
    execFileSync('taskset', ['-cp', `0-${cpus - 2}`, String(process.pid)], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return { botCpu: String(cpus - 1), benchCpus: `0-${cpus - 2}` };
}

export async function startBot(bot: Bot, cpu?: string): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const node = [process.execPath, '--disable-warning=DEP0111', bot.script];
  const [command, ...args] = cpu === undefined ? node : ['taskset', '-c', cpu, ...node];
  const child = spawn(command as string, args, {
    env: { PATH: process.env.PATH ?? '', ...bot.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Polled every 5 ms: this is the cold-start measurement.
  await waitForHttp(`${url}/readyz`, child, { what: bot.name, intervalMs: 5 });
  return { child, url, startMs: performance.now() - started };
}

export async function stopBot(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** `concurrency` clients, each posting the next question as soon as the last one was answered. */
async function load(url: string, sinkUrl: string, questions: string[], concurrency: number, seconds: number) {
  return summarise([await run(url, sinkUrl, questions, concurrency, seconds)]);
}

interface Run {
  latencies: number[];
  seconds: number;
  errors: number;
}

function summarise(runs: Run[]) {
  const latencies = runs.flatMap((item) => item.latencies).sort((a, b) => a - b);
  const rounds = runs.map((item) => item.latencies.length / item.seconds);
  const sorted = [...rounds].sort((a, b) => a - b);
  return {
    turnsPerSecond: sorted[Math.floor(sorted.length / 2)] ?? 0,
    rounds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: runs.reduce((sum, item) => sum + item.errors, 0),
  };
}

async function run(
  url: string,
  sinkUrl: string,
  questions: string[],
  concurrency: number,
  seconds: number,
): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const client = async (index: number) => {
    while (performance.now() < deadline) {
      const text = questions[next++ % questions.length] ?? 'hallo';
      const body = activity(text, sinkUrl, index);
      const started = performance.now();
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      if (response.status >= 300) errors += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => client(i)));
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

export async function benchHttp(options: {
  seconds: number;
  rssSeconds: number;
  rounds: number;
}): Promise<HttpBenchResult> {
  const parsed = parse(await readFile(path.resolve('tests/eval/questions.yaml'), 'utf8')) as Array<{ q: string }>;
  const questions = parsed.map((item) => item.q);
  const pin = pinning();
  const sink = await startSink();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-bench-'));
  const bots: Bot[] = [
    { name: 'echo bot (teams-ai)', script: path.resolve('dist/bench/echo-bot.js'), env: {} },
    {
      name: 'Wegwijs',
      script: path.resolve('dist/src/main.js'),
      // No per-user limit: the clients are few users sending many messages. Scheduler off: no timers.
      env: { DATA_DIR: dataDir, USER_RATE_LIMIT: '0', SCHEDULER: 'off', LOG_LEVEL: 'info' },
    },
  ];
  const result: HttpBenchResult = {
    load: [],
    pinned: pin !== undefined,
    coldStartMs: {},
    rssMiB: {},
    rssSeconds: options.rssSeconds,
  };
  const running: Array<{ bot: Bot; child: ChildProcess; url: string }> = [];
  try {
    for (const bot of bots) {
      // Cold start: the median of three starts.
      const starts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = await startBot(bot, pin?.botCpu);
        starts.push(started.startMs);
        await stopBot(started.child);
      }
      result.coldStartMs[bot.name] = starts.sort((a, b) => a - b)[1] ?? Number.NaN;
      const { child, url } = await startBot(bot, pin?.botCpu);
      running.push({ bot, child, url });
      await load(url, sink.url, questions, 10, 2); // warm-up
    }
    // Rounds alternate the bots (and which goes first), so that drift in the machine hits both alike.
    for (const concurrency of [1, 10, 50]) {
      const runs = new Map<string, Run[]>(bots.map((bot) => [bot.name, []]));
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? running : [...running].reverse();
        for (const { bot, url } of order) {
          process.stderr.write(`bench: ${bot.name}, ${concurrency} clients, round ${round + 1}…\n`);
          runs.get(bot.name)?.push(await run(url, sink.url, questions, concurrency, options.seconds));
        }
      }
      for (const bot of bots) {
        result.load.push({ bot: bot.name, concurrency, ...summarise(runs.get(bot.name) ?? []) });
      }
    }
    for (const { bot, child, url } of running) {
      process.stderr.write(`bench: ${bot.name}, ${options.rssSeconds} s of load for RSS…\n`);
      await load(url, sink.url, questions, 10, options.rssSeconds);
      result.rssMiB[bot.name] = await rssMiB(child.pid ?? 0);
    }
  } finally {
    for (const { child } of running) await stopBot(child);
    sink.server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return result;
}

export function formatHttp(result: HttpBenchResult): string {
  const [echo, wegwijs] = ['echo bot (teams-ai)', 'Wegwijs'];
  const rows = [
    '| Bot | Clients | Turns/s (median) | Rounds (turns/s) | p50 ms | p99 ms | Non-2xx |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const row of result.load) {
    rows.push(
      `| ${row.bot} | ${row.concurrency} | ${row.turnsPerSecond.toFixed(0)} | ${row.rounds.map((value) => value.toFixed(0)).join(' / ')} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.errors} |`,
    );
  }
  const ratio = (concurrency: number) => {
    const mine = result.load.find((r) => r.bot === wegwijs && r.concurrency === concurrency)?.turnsPerSecond ?? 0;
    const base = result.load.find((r) => r.bot === echo && r.concurrency === concurrency)?.turnsPerSecond ?? 1;
    return mine / base;
  };
  const startRatio = (result.coldStartMs[wegwijs] ?? 0) / (result.coldStartMs[echo] ?? 1);
  const rssRatio = (result.rssMiB[wegwijs] ?? 0) / (result.rssMiB[echo] ?? 1);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    ...rows,
    '',
    `| | Echo bot | Wegwijs | Ratio | Goal |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...[1, 10, 50].map(
      (c) =>
        `| Throughput, ${c} client${c === 1 ? '' : 's'} | | | ${ratio(c).toFixed(2)}× | ≥ 0.8× — ${verdict(ratio(c) >= 0.8)} |`,
    ),
    `| Cold start to /readyz (median of 3) | ${result.coldStartMs[echo]?.toFixed(0)} ms | ${result.coldStartMs[wegwijs]?.toFixed(0)} ms | ${startRatio.toFixed(2)}× | ≤ 3× — ${verdict(startRatio <= 3)} |`,
    `| RSS after ${result.rssSeconds} s of load (10 clients) | ${result.rssMiB[echo]?.toFixed(0)} MiB | ${result.rssMiB[wegwijs]?.toFixed(0)} MiB | ${rssRatio.toFixed(2)}× | ≤ 1.3× — ${verdict(rssRatio <= 1.3)} |`,
  ].join('\n');
}
