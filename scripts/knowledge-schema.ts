/**
 * `npm run knowledge:schema`: writes the JSON Schema of knowledge files (`knowledge/entry.schema.json`),
 * generated from the zod schema in `src/kb/entry-schema.ts`, for editors' autocompletion and checks while
 * they type, formatted by Biome as the rest of the repository. A test fails when the committed file is out
 * of date. `--dir DIR` for another knowledge folder.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENTRY_JSON_SCHEMA_FILE, knowledgeFileJsonSchema } from '../src/kb/entry-schema.js';
import { readOptions } from './cli-args.js';

const require = createRequire(import.meta.url);

async function main(): Promise<void> {
  const file = path.resolve(
    readOptions('knowledge:schema', { dir: { type: 'string' } }).dir ?? 'knowledge',
    ENTRY_JSON_SCHEMA_FILE,
  );
  await writeFile(file, `${JSON.stringify(knowledgeFileJsonSchema(), null, 2)}\n`);
  const biome = require.resolve('@biomejs/biome/bin/biome');
  const formatted = spawnSync(process.execPath, [biome, 'format', '--write', file], { encoding: 'utf8' });
  if (formatted.status !== 0) throw new Error(`biome format failed: ${formatted.stderr || formatted.stdout}`);
  process.stdout.write(`knowledge:schema: wrote ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`knowledge:schema: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
