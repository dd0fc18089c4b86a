/**
 * The audit trail of cases and ambassadors: who did what and when, with ids only — never a case's text,
 * never a name. Kept as long as cases are (an entry about a case outlives nothing it describes).
 */
import { randomUUID } from 'node:crypto';
import { type DocumentStore, listAll } from '../../storage/index.js';

export const CASE_AUDIT_PARTITION = 'case-audit';

export type AuditAction =
  | 'case.submitted'
  | 'case.blocked'
  | 'case.approved'
  | 'case.rejected'
  | 'case.withdrawn'
  | 'case.deleted'
  | 'ambassador.added'
  | 'ambassador.removed';

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

export async function recordAudit(
  store: DocumentStore,
  entry: Omit<AuditEntry, 'at'>,
  retentionMs: number,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  // Keys sort by time, so that an export reads as a timeline.
  await store.put(
    CASE_AUDIT_PARTITION,
    `${at}:${randomUUID().slice(0, 8)}`,
    { at, ...entry },
    {
      expiresAt: new Date(now.getTime() + retentionMs),
    },
  );
}

/** Every audit entry, oldest first (for admins and tests). */
export async function readAudit(store: DocumentStore): Promise<AuditEntry[]> {
  return listAll<AuditEntry>(store, CASE_AUDIT_PARTITION);
}
