/**
 * Cases as data: the form's fields, their checks (required, lengths, fixed vocabularies, the personal-data
 * guard), and the stored record through review to publication. A case is stored only after the guard found
 * nothing; it is deleted when its author withdraws it, an admin deletes it, or its retention ends.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../../i18n/language.js';
import { describeFindings, detectPersonalData, type Finding, redact } from '../../pii/index.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { type DesignatedChat, designateChat, designatedChat } from '../designated-chats.js';
import { type ConversationRef, conversationRefSchema } from '../messenger.js';
import { ORGANISATION_TYPE_IDS, THEME_IDS } from './themes.js';

export const CASE_PARTITION = 'cases';
const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000;

/** The free-text fields, in form order, with their longest length. */
export const TEXT_FIELDS = {
  title: 120,
  situation: 4000,
  tried: 2000,
  worked: 2000,
  lesson: 2000,
} as const;
export type TextField = keyof typeof TEXT_FIELDS;
export const TEXT_FIELD_NAMES = Object.keys(TEXT_FIELDS) as TextField[];
/** Fields the author must fill in. */
const REQUIRED: readonly TextField[] = ['title', 'situation', 'lesson'];

export interface CaseFields {
  title: string;
  situation: string;
  tried: string;
  worked: string;
  lesson: string;
  themes: string[];
  /** CBS code of a municipality in the region, when the author named one. */
  municipality?: string;
  municipalityName?: string;
  organisationType: string;
}

export type CaseStatus = 'review' | 'published' | 'rejected';

export interface CaseRecord {
  id: string;
  tenantId?: string;
  status: CaseStatus;
  fields: CaseFields;
  language: Language;
  authorAad: string;
  authorName: string;
  /** The author's chat, to tell them the outcome of the review. */
  author: ConversationRef;
  createdAt: string;
  reviewerAad?: string;
  reviewerName?: string;
  reviewedAt?: string;
  /** Why a reviewer rejected it (checked for personal data like the case). */
  reason?: string;
  /** The review card, to update it for every reviewer. */
  post?: { conversationId: string; activityId: string };
}

const caseFieldsSchema = z
  .object({
    title: z.string(),
    situation: z.string(),
    tried: z.string(),
    worked: z.string(),
    lesson: z.string(),
    themes: z.array(z.string()),
    municipality: z.string().optional(),
    municipalityName: z.string().optional(),
    organisationType: z.string(),
  })
  .passthrough();

/** One document per case, keyed by its id; it expires when its retention ends. */
export const CASES = defineCollection<CaseRecord>({
  partition: CASE_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      id: z.string(),
      tenantId: z.string().optional(),
      status: z.enum(['review', 'published', 'rejected']),
      fields: caseFieldsSchema,
      language: z.enum(['nl', 'en']),
      authorAad: z.string(),
      authorName: z.string(),
      author: conversationRefSchema,
      createdAt: z.string(),
      reviewerAad: z.string().optional(),
      reviewerName: z.string().optional(),
      reviewedAt: z.string().optional(),
      reason: z.string().optional(),
      post: z.object({ conversationId: z.string(), activityId: z.string() }).passthrough().optional(),
    })
    .passthrough(),
});

export type FormProblem = TextField | 'themes' | 'organisationType' | 'anonymised';

/** The fields as far as they were filled in, and what is missing or invalid (empty when complete). */
export interface FormResult {
  fields: CaseFields;
  problems: FormProblem[];
}

/** Reads the form's submitted values; anything not on the form, or not in its lists, is dropped. */
export function readCaseForm(
  data: Readonly<Record<string, unknown>>,
  municipalities: ReadonlyMap<string, string>,
): FormResult {
  const problems: FormProblem[] = [];
  const text = (field: TextField) => {
    const value = data[field];
    return typeof value === 'string' ? value.trim().slice(0, TEXT_FIELDS[field]) : '';
  };
  const fields: CaseFields = {
    title: text('title'),
    situation: text('situation'),
    tried: text('tried'),
    worked: text('worked'),
    lesson: text('lesson'),
    themes: choices(data.themes).filter((theme) => THEME_IDS.has(theme)),
    organisationType: typeof data.organisationType === 'string' ? data.organisationType : '',
  };
  const municipality = typeof data.municipality === 'string' ? data.municipality : '';
  const municipalityName = municipalities.get(municipality);
  if (municipalityName !== undefined) {
    fields.municipality = municipality;
    fields.municipalityName = municipalityName;
  }
  for (const field of REQUIRED) if (fields[field] === '') problems.push(field);
  if (fields.themes.length === 0) problems.push('themes');
  if (!ORGANISATION_TYPE_IDS.has(fields.organisationType)) problems.push('organisationType');
  // The toggle sends "true" when switched on; the card also marks it required, but a client may not check.
  if (data.anonymised !== 'true' && data.anonymised !== true) problems.push('anonymised');
  return { fields, problems };
}

/** A multi-select ChoiceSet sends "a,b,c". */
function choices(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set(value.split(',').map((item) => item.trim()))].filter((item) => item !== '');
}

export interface FieldFindings {
  field: TextField;
  text: string;
  findings: Finding[];
}

export interface CaseCheck {
  /** Only fields with findings. */
  fields: FieldFindings[];
  /** The kinds found, in words: "telefoonnummer, naam". */
  kinds: string;
  /** Every kind's id, for the audit trail. */
  kindIds: string[];
  /** The case with placeholders in place of what was found. */
  redacted: CaseFields;
}

/** The personal-data guard over every free-text field; undefined when the case is clean. */
export function checkCase(fields: CaseFields, allowed: readonly string[], language: Language): CaseCheck | undefined {
  const found: FieldFindings[] = [];
  const redacted: CaseFields = { ...fields, themes: [...fields.themes] };
  for (const field of TEXT_FIELD_NAMES) {
    const text = fields[field];
    const findings = detectPersonalData(text, { allowed });
    if (findings.length === 0) continue;
    found.push({ field, text, findings });
    redacted[field] = redact(text, findings, language);
  }
  if (found.length === 0) return undefined;
  const all = found.flatMap((item) => item.findings);
  return {
    fields: found,
    kinds: describeFindings(all, language),
    kindIds: [...new Set(all.map((finding) => finding.type))],
    redacted,
  };
}

export function retentionMs(months: number): number {
  return Math.round(months * MONTH_MS);
}

export async function createCase(
  store: DocumentStore,
  input: Omit<CaseRecord, 'id' | 'status' | 'createdAt'>,
  retention: number,
  now: Date,
): Promise<CaseRecord> {
  const record: CaseRecord = { ...input, id: randomUUID(), status: 'review', createdAt: now.toISOString() };
  await CASES.in(store).create(record.id, record, { expiresAt: new Date(now.getTime() + retention) });
  return record;
}

export async function getCase(store: DocumentStore, id: unknown): Promise<CaseRecord | undefined> {
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return (await CASES.in(store).get(id))?.data;
}

/** Applies `change` with optimistic concurrency (see `Collection.update`); the expiry set at submission stays. */
export async function updateCase(
  store: DocumentStore,
  id: string,
  change: (record: CaseRecord) => CaseRecord | undefined,
): Promise<{ data: CaseRecord; changed: boolean } | undefined> {
  return CASES.in(store).update(id, change);
}

export async function deleteCase(store: DocumentStore, id: string): Promise<boolean> {
  return (await CASES.in(store).delete(id)) === 'deleted';
}

/** Every live case (the library filters the published ones; authors list their own). */
export async function listCases(store: DocumentStore): Promise<CaseRecord[]> {
  return CASES.in(store).list();
}

/** The ambassadors' review chat of a tenant. */
export async function setReviewChannel(store: DocumentStore, channel: DesignatedChat): Promise<void> {
  await designateChat(store, 'ambassadors-channel', channel);
}

export async function getReviewChannel(
  store: DocumentStore,
  tenantId: string | undefined,
): Promise<DesignatedChat | undefined> {
  return designatedChat(store, 'ambassadors-channel', tenantId);
}
