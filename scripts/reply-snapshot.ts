/**
 * A snapshot of everything Wegwijs sends for every question of tests/eval/*.yaml, over HTTP, as `npm start`
 * runs it: each request to the (fake) Bot Connector — method, path, content type and body, byte for byte —
 * the status and body of each POST /api/messages, the turn's log line (without its time and duration) and,
 * at the end, every stored document (without its ETag and times). For changes that must not change
 * behaviour: run it before and after and compare the files (`cmp`).
 *
 * Questions of a file without dialogues share one conversation, in order (so follow-ups and stored contexts
 * chain as in Teams); each dialogue has a conversation of its own. Activity ids and timestamps are fixed.
 *
 * Usage: `npm run build && node dist/scripts/reply-snapshot.js OUT.jsonl`
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { freePort, waitForHttp } from './processes.js';
import { buildPersonalMessage, syntheticUser } from './teams-activities.js';

interface Turn {
  q?: string;
  text?: string;
  locale?: string;
}

interface Item extends Turn {
  id?: string;
  dialogue?: Turn[];
}

interface Conversation {
  id: string;
  turns: Array<{ text: string; locale: string }>;
}

/** Every conversation of the evaluation sets, in file order. */
async function conversations(dir: string): Promise<Conversation[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.yaml')).sort();
  const all: Conversation[] = [];
  for (const file of files) {
    const items = parse(await readFile(path.join(dir, file), 'utf8')) as Item[];
    const single: Conversation = { id: file, turns: [] };
    for (const [index, item] of items.entries()) {
      const text = item.q ?? item.text;
      if (item.dialogue !== undefined) {
        all.push({
          id: `${file}#${item.id ?? index}`,
          turns: item.dialogue.map((turn) => ({
            text: turn.q ?? turn.text ?? '',
            locale: turn.locale ?? item.locale ?? 'nl-NL',
          })),
        });
      } else if (text !== undefined) single.turns.push({ text, locale: item.locale ?? 'nl-NL' });
    }
    if (single.turns.length > 0) all.push(single);
  }
  return all;
}

/** Turn `index` of snapshot user `user`, in a personal chat named after its conversation; ids and time fixed. */
function activity(conversation: string, user: number, index: number, text: string, locale: string, sink: string) {
  return JSON.stringify(
    buildPersonalMessage(text, {
      id: `snapshot-${user}-${index}`,
      timestamp: '2026-12-01T12:00:00.000Z',
      serviceUrl: sink,
      locale,
      from: syntheticUser('snapshot', user, 'Snapshot'),
      botId: '28:snapshot-bot',
      tenantId: 'snapshot-tenant',
      conversationKey: conversation,
    }),
  );
}

/** A Bot Connector that records every request the bot makes, in order. */
async function startSink() {
  const recorded: { lines: string[] } = { lines: [] };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      // The sink's port changes from run to run; nothing else in a reply should.
      const body = Buffer.concat(chunks).toString('utf8').replaceAll(url, 'http://connector/');
      recorded.lines.push(
        JSON.stringify({ method: request.method, path: request.url, type: request.headers['content-type'], body }),
      );
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"id":"reply-${recorded.lines.length}"}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { server, url, recorded };
}

/** Wegwijs as `npm start` runs it (as the bench does), with its stdout (the log) collected. */
async function startWegwijs(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.resolve('dist/src/main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      USER_RATE_LIMIT: '0',
      SCHEDULER: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output = { log: '' };
  child.stdout?.on('data', (chunk: Buffer) => {
    output.log += chunk.toString('utf8');
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/readyz`, child, { what: 'Wegwijs' });
  return { child, url, output };
}

/** The turn log lines, without what changes from run to run. */
function turnLines(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.includes('"msg":"turn"'))
    .map((line) => {
      const { time: _time, pid: _pid, hostname: _hostname, durationMs: _duration, ...rest } = JSON.parse(line);
      return JSON.stringify(rest);
    });
}

/** Every stored document but the readiness probe's, without ETags and times. */
function storedLines(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, 'wegwijs.db'), { readonly: true });
  const rows = db
    .prepare(
      "SELECT partition, key, data, schema_version FROM documents WHERE partition <> 'health' ORDER BY partition, key",
    )
    .all();
  db.close();
  // A gap record keeps when it was first and last seen.
  return rows.map((row) => JSON.stringify(row).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'TIME'));
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (out === undefined) throw new Error('usage: node dist/scripts/reply-snapshot.js OUT.jsonl');
  const lines: string[] = [];
  const sink = await startSink();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-snapshot-'));
  const bot = await startWegwijs(dataDir);
  let turns = 0;
  try {
    for (const [user, conversation] of (await conversations(path.resolve('tests/eval'))).entries()) {
      for (const [index, turn] of conversation.turns.entries()) {
        sink.recorded.lines = [];
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activity(`${user}`, user, index, turn.text, turn.locale, sink.url),
        });
        const body = await response.text();
        lines.push(JSON.stringify({ conversation: conversation.id, index, status: response.status, body }));
        lines.push(...sink.recorded.lines);
        turns += 1;
      }
    }
  } finally {
    bot.child.kill('SIGTERM');
    await new Promise((resolve) => bot.child.once('exit', resolve));
    sink.server.close();
  }
  lines.push(...turnLines(bot.output.log), ...storedLines(dataDir));
  await rm(dataDir, { recursive: true, force: true });
  const text = `${lines.join('\n')}\n`;
  await writeFile(out, text);
  const hash = createHash('sha256').update(text).digest('hex');
  process.stdout.write(`${turns} turns, ${lines.length} lines, sha256 ${hash} → ${out}\n`);
}

await main();
