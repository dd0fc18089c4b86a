/**
 * One tenant truth. Teams names the tenant twice (`conversation.tenantId` and `channelData.tenant.id`);
 * before this helper the allow-list read one first and roles, cases and settings the other, so a message
 * with tenant A in one field and B in the other passed the allow-list as A and was served as B. Now every
 * reader asks here, and an activity whose fields disagree is not served at all. Pure: the shell
 * (`src/bot/`) applies it once a turn is authenticated.
 */

export type TenantDecision =
  /** `tenantId` is undefined when the activity names no tenant (the Agents Playground, local tests). */
  { kind: 'tenant'; tenantId: string | undefined } | { kind: 'conflict' };

/** The part of an activity that names its tenant. */
export interface TenantFields {
  conversation?: { tenantId?: string | undefined } | undefined;
  channelData?: unknown;
}

/** The activity's tenant, or `conflict` when its fields name different ones. */
export function decideTenant(activity: TenantFields): TenantDecision {
  const named = [
    activity.conversation?.tenantId,
    (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id,
  ].filter((value) => value !== undefined && value !== null);
  const [first] = named;
  if (named.some((value) => typeof value !== 'string' || value !== first)) return { kind: 'conflict' };
  return { kind: 'tenant', tenantId: first as string | undefined };
}

/** Whether the allow-list lets the tenant in; an empty list lets everyone in. */
export function tenantAllowed(allowed: ReadonlySet<string>, tenantId: string | undefined): boolean {
  return allowed.size === 0 || (tenantId !== undefined && allowed.has(tenantId));
}
