/**
 * One tenant truth. Teams names the tenant twice (`conversation.tenantId` and `channelData.tenant.id`);
 * before this helper the allow-list read one first and roles, cases and settings the other, so a message
 * with tenant A in one field and B in the other passed the allow-list as A and was served as B. Now every
 * reader asks here, and an activity whose fields disagree is not served at all.
 */
import type { Activity, TurnContext } from 'botbuilder';

export type TenantDecision =
  /** `tenantId` is undefined when the activity names no tenant (the Agents Playground, local tests). */
  { kind: 'tenant'; tenantId: string | undefined } | { kind: 'conflict' };

/** The activity's tenant, or `conflict` when its fields name different ones. */
export function decideTenant(activity: Pick<Activity, 'conversation' | 'channelData'>): TenantDecision {
  const named = [
    activity.conversation?.tenantId,
    (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id,
  ].filter((value) => value !== undefined && value !== null);
  const [first] = named;
  if (named.some((value) => typeof value !== 'string' || value !== first)) return { kind: 'conflict' };
  return { kind: 'tenant', tenantId: first as string | undefined };
}

/**
 * The tenant of the turn's activity. The bot refuses a conflicting activity before any route runs, so a
 * conflict here is a bug, not input.
 */
export function tenantIdOf(context: TurnContext): string | undefined {
  const decision = decideTenant(context.activity);
  if (decision.kind === 'conflict') throw new Error('tenant: a turn with conflicting tenant fields reached a route');
  return decision.tenantId;
}

/** Whether the allow-list lets the tenant in; an empty list lets everyone in. */
export function tenantAllowed(allowed: ReadonlySet<string>, tenantId: string | undefined): boolean {
  return allowed.size === 0 || (tenantId !== undefined && allowed.has(tenantId));
}
