/**
 * Per-turn facts for the one log line every turn writes: route, outcome. Never content.
 */
import type { TurnContext } from 'botbuilder';
import type { TurnInfo } from '../http/turn.js';

const TURN_INFO_KEY = Symbol('wegwijs.turnInfo');

export type { TurnInfo };

export function startTurnInfo(context: TurnContext): TurnInfo {
  const info: TurnInfo = { route: 'none', outcome: 'ignored' };
  context.turnState.set(TURN_INFO_KEY, info);
  return info;
}

/** Marks the turn as handled by `route`. */
export function markRoute(context: TurnContext, route: string): void {
  const info = context.turnState.get(TURN_INFO_KEY) as TurnInfo | undefined;
  if (info !== undefined) {
    info.route = route;
    info.outcome = 'handled';
  }
}

export function turnInfoOf(context: TurnContext): TurnInfo | undefined {
  return context.turnState.get(TURN_INFO_KEY) as TurnInfo | undefined;
}
