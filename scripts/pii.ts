/**
 * `npm run pii -- --json`: reads a text on standard input and prints the personal data found as
 * `{"findings":[{"type","start","end"}]}` (for editors' tools and tests). Without --json: the redacted text
 * and the kinds found.
 */
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { loadKnowledge } from '../src/kb/load.js';
import { placeNames } from '../src/kb/place-names.js';
import { describeFindings, detectPersonalData, redact } from '../src/pii/index.js';
import { readOptions } from './cli-args.js';

async function main(): Promise<void> {
  const options = readOptions('pii', { json: { type: 'boolean' } });
  const input = await text(process.stdin);
  // Place names from the knowledge base are never names of people; without it, only the built-in list.
  const loaded = await loadKnowledge(path.resolve(process.env.KNOWLEDGE_DIR ?? 'knowledge')).catch(() => undefined);
  const allowed = loaded?.ok === true ? placeNames(loaded.kb) : [];
  const findings = detectPersonalData(input, { allowed });
  if (options.json === true) {
    process.stdout.write(
      `${JSON.stringify({ findings: findings.map(({ type, start, end }) => ({ type, start, end })) })}\n`,
    );
    return;
  }
  process.stdout.write(`${redact(input, findings)}\n`);
  process.stderr.write(findings.length === 0 ? 'pii: nothing found\n' : `pii: found ${describeFindings(findings)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`pii: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
