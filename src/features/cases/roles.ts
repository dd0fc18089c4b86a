/**
 * Who may share and review cases: Wegwijs admins (`ADMIN_AAD_IDS`, everywhere) and the ambassadors an admin
 * appointed for an organisation (a Microsoft 365 tenant). Admins can do everything ambassadors can.
 */
import { z } from 'zod';
import { type DocumentStore, defineCollection } from '../../storage/index.js';

export const AMBASSADOR_PARTITION = 'ambassadors';

export interface Ambassador {
  tenantId: string;
  aadObjectId: string;
  /** Display name from Teams, to list ambassadors; removed with the ambassador. */
  name: string;
  addedBy: string;
  addedAt: string;
}

/** One document per tenant and person (`<tenant>:<aad object id>`). */
export const AMBASSADORS = defineCollection<Ambassador>({
  partition: AMBASSADOR_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      tenantId: z.string(),
      aadObjectId: z.string(),
      name: z.string(),
      addedBy: z.string(),
      addedAt: z.string(),
    })
    .passthrough(),
});

/** Who is acting: from the activity, never from card data. */
export interface Actor {
  aadObjectId: string | undefined;
  name: string;
  tenantId?: string;
}

export type Role = 'admin' | 'ambassador' | 'none';

const tenantOf = (tenantId: string | undefined) => tenantId ?? 'default';
const keyOf = (tenantId: string | undefined, aadObjectId: string) => `${tenantOf(tenantId)}:${aadObjectId}`;

export async function roleOf(store: DocumentStore, admins: ReadonlySet<string>, actor: Actor): Promise<Role> {
  if (actor.aadObjectId === undefined) return 'none';
  if (admins.has(actor.aadObjectId)) return 'admin';
  const found = await AMBASSADORS.in(store).get(keyOf(actor.tenantId, actor.aadObjectId));
  return found === undefined ? 'none' : 'ambassador';
}

/** Adds (or renames) an ambassador; `false` when they already were one. */
export async function addAmbassador(store: DocumentStore, ambassador: Ambassador): Promise<boolean> {
  const created = await AMBASSADORS.in(store).create(keyOf(ambassador.tenantId, ambassador.aadObjectId), ambassador);
  return created.kind === 'created';
}

export async function removeAmbassador(
  store: DocumentStore,
  tenantId: string | undefined,
  aadObjectId: string,
): Promise<boolean> {
  return (await AMBASSADORS.in(store).delete(keyOf(tenantId, aadObjectId))) === 'deleted';
}

export async function listAmbassadors(store: DocumentStore, tenantId: string | undefined): Promise<Ambassador[]> {
  const ambassadors = await AMBASSADORS.in(store).list(`${tenantOf(tenantId)}:`);
  return ambassadors.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
