/**
 * Backup and restore as JSON Lines: one document per line, any backend to any backend. Used by
 * `npm run export` and `npm run import`.
 */
import { type DocumentStore, MAX_KEY_LENGTH, type StoredDocument } from './document-store.js';

interface BackupLine {
  partition: string;
  key: string;
  schemaVersion: number;
  expiresAt: string | null;
  updatedAt: string;
  data: unknown;
}

/** Writes every live document, one JSON line each, through `write`; resolves with the count. */
export async function exportDocuments(
  store: DocumentStore,
  write: (line: string) => Promise<void> | void,
): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await store.scan({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    for (const doc of page.items) {
      await write(`${JSON.stringify(toLine(doc))}\n`);
      count += 1;
    }
    cursor = page.cursor;
  } while (cursor !== undefined);
  return count;
}

export interface ImportReport {
  imported: number;
  /** `source:line: message` for every bad line; when any, nothing was written. */
  errors: string[];
}

/**
 * Restores documents from JSON Lines. Every line is checked first; if any is bad, nothing is written
 * and the report lists each problem as `source:line: message`. Documents are upserted (a restore wins
 * over what is there), keeping their schema version and expiry.
 */
export async function importDocuments(store: DocumentStore, text: string, source = 'stdin'): Promise<ImportReport> {
  const lines: BackupLine[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const problem = parseLine(raw);
    if (typeof problem === 'string') errors.push(`${source}:${index + 1}: ${problem}`);
    else lines.push(problem);
  });
  if (errors.length > 0) return { imported: 0, errors };
  let imported = 0;
  for (const line of lines) {
    await store.put(line.partition, line.key, line.data, {
      schemaVersion: line.schemaVersion,
      ...(line.expiresAt === null ? {} : { expiresAt: new Date(line.expiresAt) }),
    });
    imported += 1;
  }
  return { imported, errors };
}

function toLine(doc: StoredDocument): BackupLine {
  return {
    partition: doc.partition,
    key: doc.key,
    schemaVersion: doc.schemaVersion,
    expiresAt: doc.expiresAt?.toISOString() ?? null,
    updatedAt: doc.updatedAt.toISOString(),
    data: doc.data,
  };
}

function parseLine(raw: string): BackupLine | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const line = value as Record<string, unknown>;
  for (const field of ['partition', 'key'] as const) {
    const value = line[field];
    if (typeof value !== 'string' || value === '' || value.length > MAX_KEY_LENGTH) {
      return `"${field}" must be a string of 1 to ${MAX_KEY_LENGTH} characters`;
    }
  }
  if (!Number.isInteger(line.schemaVersion) || (line.schemaVersion as number) < 1) {
    return '"schemaVersion" must be a whole number from 1';
  }
  if (line.expiresAt !== null && (typeof line.expiresAt !== 'string' || Number.isNaN(Date.parse(line.expiresAt)))) {
    return '"expiresAt" must be an ISO date or null';
  }
  if (!('data' in line)) return '"data" is missing';
  return line as unknown as BackupLine;
}
