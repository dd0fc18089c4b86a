import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_JSON_SCHEMA_FILE, knowledgeFileJsonSchema } from './entry-schema.js';
import { VOCABULARY_FILE } from './load.js';
import { SAFETY_FILE } from './load-safety.js';

const committed = path.resolve('knowledge', ENTRY_JSON_SCHEMA_FILE);

function knowledgeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return knowledgeFiles(full);
    // The lexicons (vocabulary, danger cues) are not lists of entries.
    return item.name.endsWith('.yaml') && item.name !== VOCABULARY_FILE && item.name !== SAFETY_FILE ? [full] : [];
  });
}

describe('the JSON Schema for editors', () => {
  it('is committed as generated from the zod schema (else: npm run build && npm run knowledge:schema)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(knowledgeFileJsonSchema());
  });

  const validate = new Ajv.default({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(committed, 'utf8')),
  );

  it.each(knowledgeFiles(path.resolve('knowledge')).map((file) => [path.relative('knowledge', file), file]))(
    'accepts %s, as the check does',
    (_name, file) => {
      const valid = validate(parse(readFileSync(file, 'utf8')));
      expect(valid ? [] : validate.errors).toEqual([]);
    },
  );

  it('rejects a misspelt key while the editor types', () => {
    const entry = {
      id: 'a',
      kind: 'info',
      title: { nl: 'A', en: 'A' },
      sources: [{ url: 'https://example.org', title: 'A', pageDate: '2024-03', read: '2026-11-30' }],
      verified: '2026-11-30',
    };
    expect(validate([{ ...entry, summary: { nl: 'A', en: 'A' } }])).toBe(true);
    expect(validate([{ ...entry, sumary: { nl: 'A', en: 'A' } }])).toBe(false);
    expect(validate([{ ...entry, summary: { nl: 'A', en: 'A' }, verfied: '2026-11-30' }])).toBe(false);
  });
});
