/**
 * What every step of shared cases works with: its dependencies, its result shapes, and the small helpers
 * they share (the clock, the region's municipalities, the audit trail, best-effort sends).
 */
import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import type { DocumentStore } from '../../storage/index.js';
import { DeliveryError, type Messenger } from '../messenger.js';
import type { Reply } from '../reply.js';
import { type AuditEntry, recordAudit } from './audit.js';
import { readCaseForm, retentionMs } from './cases.js';
import type { CaseLibrary } from './library.js';
import type { Actor } from './roles.js';
import type { Municipality } from './share-cards.js';

export interface CaseDeps {
  store: DocumentStore;
  engine: KnowledgeEngine;
  messenger: Messenger;
  library: CaseLibrary;
  admins: ReadonlySet<string>;
  retentionMonths: number;
  now: () => Date;
}

/** Where the actor is: sharing (which shows the case's text back) happens only in the personal chat. */
export type Scope = 'personal' | 'channel' | 'groupChat';

export interface Outcome {
  route: string;
  replies: Reply[];
}

/** For Action.Execute: the card that replaces the one pressed, or a notice when it stays. */
export interface CardOutcome {
  route: string;
  card?: AdaptiveCard;
  notice?: string;
}

/** Said by sharing and by reviewing alike. */
export const NOT_AMBASSADOR = {
  nl: 'Casussen delen en beoordelen kunnen alleen ambassadeurs. Wil je ambassadeur worden? Vraag het een beheerder van Wegwijs in je organisatie.',
  en: 'Only ambassadors can share and review cases. Want to become one? Ask a Wegwijs admin in your organisation.',
} as const;

export function clock(deps: CaseDeps): Date {
  return deps.now();
}

export function municipalities(engine: KnowledgeEngine): Municipality[] {
  return engine.kb.entries
    .flatMap((entry) => (entry.kind === 'place' ? [{ code: entry.municipality, name: entry.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The submitted form read against the region's municipalities, which the form is rebuilt from too. */
export function readForm(deps: CaseDeps, data: Record<string, unknown>) {
  const places = municipalities(deps.engine);
  return { places, ...readCaseForm(data, new Map(places.map((place) => [place.code, place.name]))) };
}

export function text(value: string): Reply {
  return { kind: 'text', text: value };
}

export async function audit(deps: CaseDeps, entry: Omit<AuditEntry, 'at'>): Promise<void> {
  await recordAudit(deps.store, entry, retentionMs(deps.retentionMonths), clock(deps));
}

/** Waits for a send that may be refused; a refusal (`DeliveryError`) is not the user's problem here. */
export async function bestEffort(send: Promise<void>): Promise<void> {
  try {
    await send;
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
  }
}

export function tenant(actor: Actor): { tenantId?: string } {
  return actor.tenantId === undefined ? {} : { tenantId: actor.tenantId };
}
