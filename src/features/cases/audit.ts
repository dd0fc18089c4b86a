/**
 * The audit trail of cases and ambassadors: who did what and when, with ids only — never a case's text,
 * never a name. Kept as long as cases are (an entry about a case outlives nothing it describes).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DocumentStore, defineCollection } from '../../storage/index.js';

export const CASE_AUDIT_PARTITION = 'case-audit';

const AUDIT_ACTIONS = [
  'case.submitted',
  'case.blocked',
  'case.approved',
  'case.rejected',
  'case.withdrawn',
  'case.deleted',
  'ambassador.added',
  'ambassador.removed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: string;
  action: AuditAction;
  /** AAD object id of who did it. */
  actor: string;
  tenantId?: string;
  caseId?: string;
  /** AAD object id of the ambassador added or removed. */
  subject?: string;
  /** For a blocked case: the kinds of personal data found (never the data). */
  kinds?: string[];
}

/** One document per entry, keyed `<time>:<random>` so that keys sort as a timeline. */
export const AUDIT = defineCollection<AuditEntry>({
  partition: CASE_AUDIT_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      at: z.string(),
      action: z.enum(AUDIT_ACTIONS),
      actor: z.string(),
      tenantId: z.string().optional(),
      caseId: z.string().optional(),
      subject: z.string().optional(),
      kinds: z.array(z.string()).optional(),
    })
    .passthrough(),
});

export async function recordAudit(
  store: DocumentStore,
  entry: Omit<AuditEntry, 'at'>,
  retentionMs: number,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  // Keys sort by time, so that an export reads as a timeline.
  await AUDIT.in(store).put(
    `${at}:${randomUUID().slice(0, 8)}`,
    { at, ...entry },
    {
      expiresAt: new Date(now.getTime() + retentionMs),
    },
  );
}

/** Every audit entry, oldest first (for admins and tests). */
export async function readAudit(store: DocumentStore): Promise<AuditEntry[]> {
  return AUDIT.in(store).list();
}
