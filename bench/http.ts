/**
 * The HTTP benchmark: Wegwijs (as `npm start` runs it, SQLite storage, info logging to /dev/null) and the
 * minimal teams-ai echo bot (bench/echo-bot.ts), each in its own process, posting Teams-shaped messages
 * to /api/messages from 1, 10 and 50 concurrent clients; replies go to a fake Bot Connector in this
 * process. Also: cold start to /readyz, and RSS under a stretch of load (see {@link measureRss}).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { freePort, waitForHttp } from '../scripts/processes.js';
import { buildPersonalMessage, syntheticUser } from '../scripts/teams-activities.js';
import { probeFile } from './memory-probe.js';

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

/** RSS of one bot under load, in MiB: each figure the median over fresh processes (see {@link measureRss}). */
export interface RssResult {
  /** The mean of the per-second samples after the first sixth of the load: what the process holds under load. */
  mean: number;
  /** The lowest and highest of those samples (just after a major collection, and just before one). */
  floor: number;
  peak: number;
  /** V8 heap in use after the load and two forced full collections: what the process keeps alive. */
  liveHeap: number;
  /** `mean` of every process, in order. */
  runs: number[];
}

export interface HttpBenchResult {
  load: LoadResult[];
  /** Whether the bots ran on their own core (taskset), apart from the load generator. */
  pinned: boolean;
  coldStartMs: Record<string, number>;
  rss: Record<string, RssResult>;
  rssSeconds: number;
  /** Fresh processes per bot for the RSS figures. */
  rssRuns: number;
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

/** A message from bench user number `user` in its personal chat, as the JSON Teams posts. */
export function activity(text: string, serviceUrl: string, user: number): string {
  return JSON.stringify(
    buildPersonalMessage(text, {
      serviceUrl,
      from: syntheticUser('bench', user, 'Bench'),
      botId: '28:bench-bot',
      tenantId: 'bench-tenant',
    }),
  );
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

export async function startBot(
  bot: Bot,
  cpu?: string,
  nodeOptions: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const node = [process.execPath, ...nodeOptions, '--disable-warning=DEP0111', bot.script];
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * RSS under load, measured the same way for every bot: `runs` fresh processes per bot (the bots alternate,
 * and which goes first, so that drift in the machine hits both alike), each started with
 * `--expose-gc --import memory-probe.js` and nothing before it but its own start, then 10 clients for
 * `seconds` while `/proc/<pid>/status` is read every second. RSS saws with V8's collections (a single
 * sample landed anywhere between the floor and the peak, and depended on the load before it), so a
 * process's figure is the mean of its samples after the first sixth of the load; the bot's is the median
 * over its processes. After the load, the probe collects twice and reports the heap still in use.
 */
export async function measureRss(
  bots: readonly Bot[],
  options: { sinkUrl: string; questions: string[]; seconds: number; runs: number; cpu?: string },
): Promise<Record<string, RssResult>> {
  const probe = pathToFileURL(path.resolve('dist/bench/memory-probe.js')).href;
  const measured = new Map<string, Array<Omit<RssResult, 'runs'>>>(bots.map((bot) => [bot.name, []]));
  for (let round = 0; round < options.runs; round++) {
    for (const bot of round % 2 === 0 ? bots : [...bots].reverse()) {
      process.stderr.write(`bench: ${bot.name}, RSS under ${options.seconds} s of load, process ${round + 1}…\n`);
      const { child, url } = await startBot(bot, options.cpu, ['--expose-gc', `--import=${probe}`]);
      try {
        const pid = child.pid ?? 0;
        const samples: number[] = [];
        const started = performance.now();
        const sampler = setInterval(() => {
          const at = (performance.now() - started) / 1000;
          void rssMiB(pid).then((value) => {
            if (at >= options.seconds / 6) samples.push(value);
          });
        }, 1000);
        await run(url, options.sinkUrl, options.questions, 10, options.seconds);
        clearInterval(sampler);
        const file = probeFile(pid);
        await rm(file, { force: true });
        child.kill('SIGUSR2');
        const liveHeap = await waitForProbe(file);
        measured.get(bot.name)?.push({
          mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
          floor: Math.min(...samples),
          peak: Math.max(...samples),
          liveHeap,
        });
        await rm(file, { force: true });
      } finally {
        await stopBot(child);
      }
    }
  }
  const result: Record<string, RssResult> = {};
  for (const [name, runs] of measured) {
    result[name] = {
      mean: median(runs.map((item) => item.mean)),
      floor: median(runs.map((item) => item.floor)),
      peak: median(runs.map((item) => item.peak)),
      liveHeap: median(runs.map((item) => item.liveHeap)),
      runs: runs.map((item) => item.mean),
    };
  }
  return result;
}

/** The probe's heapUsed in MiB, once it has written its file. */
async function waitForProbe(file: string): Promise<number> {
  for (let tries = 0; tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined && text !== '') return (JSON.parse(text) as { heapUsed: number }).heapUsed / 2 ** 20;
  }
  throw new Error(`bench: the memory probe wrote no ${file}`);
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
  rssRuns: number;
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
    rss: {},
    rssSeconds: options.rssSeconds,
    rssRuns: options.rssRuns,
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
    for (const { child } of running.splice(0)) await stopBot(child);
    result.rss = await measureRss(bots, {
      sinkUrl: sink.url,
      questions,
      seconds: options.rssSeconds,
      runs: options.rssRuns,
      cpu: pin?.botCpu,
    });
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
  const [echoRss, wegwijsRss] = [result.rss[echo], result.rss[wegwijs]];
  const rssRatio = (wegwijsRss?.mean ?? 0) / (echoRss?.mean ?? 1);
  const mib = (value: number | undefined) => `${value?.toFixed(0)} MiB`;
  const rssRow = (what: string, pick: (rss: RssResult) => number, goal: string) =>
    `| ${what} | ${mib(echoRss && pick(echoRss))} | ${mib(wegwijsRss && pick(wegwijsRss))} | ${((wegwijsRss ? pick(wegwijsRss) : 0) / (echoRss ? pick(echoRss) : 1)).toFixed(2)}× | ${goal} |`;
  const runs = (rss: RssResult | undefined) => rss?.runs.map((value) => value.toFixed(0)).join(' / ');
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
    `| RSS under ${result.rssSeconds} s of load (10 clients; mean of 1 s samples after the first ${(result.rssSeconds / 6).toFixed(0)} s, median of ${result.rssRuns} fresh process${result.rssRuns === 1 ? '' : 'es'}) | ${mib(echoRss?.mean)} | ${mib(wegwijsRss?.mean)} | ${rssRatio.toFixed(2)}× | ≤ 1.3× — ${verdict(rssRatio <= 1.3)} |`,
    rssRow('RSS floor under load (lowest sample)', (rss) => rss.floor, 'for information'),
    rssRow('RSS peak under load (highest sample)', (rss) => rss.peak, 'for information'),
    rssRow('V8 heap in use after the load and a forced full collection', (rss) => rss.liveHeap, 'for information'),
    '',
    `RSS means per process: echo bot ${runs(echoRss)} MiB, Wegwijs ${runs(wegwijsRss)} MiB.`,
  ].join('\n');
}
