/** Who the ambassadors of an organisation are, and an admin appointing or removing one. */
import { fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { buildAmbassadorsCard } from './ambassadors-card.js';
import { audit, type CaseDeps, clock, type Outcome, tenant, text } from './deps.js';
import { type Actor, addAmbassador, listAmbassadors, removeAmbassador } from './roles.js';

const TEXT = {
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan ambassadeurs aanwijzen of verwijderen.',
    en: 'Only a Wegwijs admin can appoint or remove ambassadors.',
  },
  noMention: {
    nl: 'Noem de collega met een @vermelding, bijvoorbeeld: "ambassadeur toevoegen @Naam". Dat kan in een kanaal of groepschat waar die collega in zit.',
    en: 'Name the colleague with an @mention, for example: "add ambassador @Name". That works in a channel or group chat the colleague is in.',
  },
  added: { nl: '{name} is nu ambassadeur.', en: '{name} is now an ambassador.' },
  alreadyAmbassador: { nl: '{name} was al ambassadeur.', en: '{name} already was an ambassador.' },
  removed: { nl: '{name} is geen ambassadeur meer.', en: '{name} is no longer an ambassador.' },
  notAmbassadorTarget: { nl: '{name} was geen ambassadeur.', en: '{name} was not an ambassador.' },
} as const;

export async function showAmbassadors(deps: CaseDeps, actor: Actor, language: Language): Promise<Outcome> {
  const admin = actor.aadObjectId !== undefined && deps.admins.has(actor.aadObjectId);
  const ambassadors = await listAmbassadors(deps.store, actor.tenantId);
  return {
    route: 'ambassadors.list',
    replies: [{ kind: 'card', card: buildAmbassadorsCard(ambassadors, language, admin) }],
  };
}

/** An admin appoints (`add`) or removes an ambassador of the admin's own organisation. */
export async function changeAmbassador(
  deps: CaseDeps,
  input: { actor: Actor; change: 'add' | 'remove'; target: { aadObjectId: string; name: string } | undefined },
  language: Language,
): Promise<Outcome> {
  const { actor, target } = input;
  if (actor.aadObjectId === undefined || !deps.admins.has(actor.aadObjectId))
    return { route: 'ambassadors.not-admin', replies: [text(TEXT.notAdmin[language])] };
  if (target === undefined) return { route: 'ambassadors.no-mention', replies: [text(TEXT.noMention[language])] };
  const name = { name: target.name };
  const by = { actor: actor.aadObjectId, ...tenant(actor), subject: target.aadObjectId };
  if (input.change === 'add') {
    const added = await addAmbassador(deps.store, {
      tenantId: actor.tenantId ?? 'default',
      aadObjectId: target.aadObjectId,
      name: target.name,
      addedBy: actor.aadObjectId,
      addedAt: clock(deps).toISOString(),
    });
    if (added) await audit(deps, { action: 'ambassador.added', ...by });
    return {
      route: added ? 'ambassadors.added' : 'ambassadors.already',
      replies: [text(fill(added ? TEXT.added[language] : TEXT.alreadyAmbassador[language], name))],
    };
  }
  const removed = await removeAmbassador(deps.store, actor.tenantId, target.aadObjectId);
  if (removed) await audit(deps, { action: 'ambassador.removed', ...by });
  return {
    route: removed ? 'ambassadors.removed' : 'ambassadors.not-ambassador',
    replies: [text(fill(removed ? TEXT.removed[language] : TEXT.notAmbassadorTarget[language], name))],
  };
}
