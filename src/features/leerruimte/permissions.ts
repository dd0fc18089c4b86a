/**
 * Who may change a team's leerruimte (settings, pause, resume): the team's owners, and Wegwijs admins of
 * the team's own organisation — never a guest, never someone of another tenant who names the team's id.
 */

/** The role Teams' roster gives the person in the team; undefined when it could not be read. */
export type RosterRole = 'owner' | 'user' | 'guest' | undefined;

export type ManageDecision = 'allowed' | 'other-organisation' | 'guest' | 'not-owner';

export function mayManageTeam(input: {
  actorTenantId: string | undefined;
  teamTenantId: string | undefined;
  role: RosterRole;
  isAdmin: boolean;
}): ManageDecision {
  if (input.actorTenantId !== input.teamTenantId) return 'other-organisation';
  if (input.role === 'guest') return 'guest';
  if (input.isAdmin || input.role === 'owner') return 'allowed';
  return 'not-owner';
}

/** Teams' `userRole` as we use it: anything unknown is an ordinary member. */
export function rosterRole(userRole: unknown): RosterRole {
  return userRole === 'owner' || userRole === 'guest' || userRole === 'user' ? userRole : undefined;
}
