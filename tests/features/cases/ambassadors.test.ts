/**
 * Ambassadors through the front door: only an admin appoints them, with a mention (the AAD id comes from
 * Teams), and removes them with the list card's button; every organisation has its own. All people are
 * synthetic.
 */
import { describe, expect, it } from 'vitest';
import { cardSubmit, channelMention, personalMessage } from '../../support/activities.js';
import {
  ADMIN,
  AMB_ONE,
  AMB_TWO,
  COLLEAGUE,
  cardOf,
  expectAuditOfIdsOnly,
  json,
  OTHER_TENANT,
  useCasesApp,
} from '../../support/cases.js';
import { cardProblems } from '../../support/validate-card.js';

const { connector, options, exchange, mentionCommand, audit } = useCasesApp();

describe('ambassadors', () => {
  it('only an admin appoints them, by mention; the AAD id comes from Teams', async () => {
    const [denied] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE, COLLEAGUE));
    expect(denied?.text).toMatch(/^Alleen een beheerder van Wegwijs kan ambassadeurs aanwijzen/);

    const [noMention] = await exchange(channelMention('ambassadeur toevoegen', options(ADMIN)));
    expect(noMention?.text).toMatch(/^Noem de collega met een @vermelding/);

    const [added] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE));
    expect(added?.text).toBe('Ambassadeur Een is nu ambassadeur.');
    expect(
      connector.requests.some((request) => decodeURIComponent(request.path).endsWith(`/members/${AMB_ONE.id}`)),
    ).toBe(true);
    const [again] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE));
    expect(again?.text).toBe('Ambassadeur Een was al ambassadeur.');
    const [english] = await exchange(mentionCommand('add ambassador', AMB_TWO));
    expect(english?.text).toBe('Ambassadeur Twee is now an ambassador.');

    const [list] = await exchange(personalMessage('ambassadeurs', options(COLLEAGUE)));
    const card = cardOf(list);
    expect(cardProblems(card)).toEqual([]);
    expect(json(card)).toContain('Ambassadeur Een');
    expect(json(card)).toContain('Ambassadeur Twee');
    expect(card.actions ?? []).toHaveLength(0);

    const entries = await audit();
    const additions = entries.filter((entry) => entry.action === 'ambassador.added');
    expect(additions.map((entry) => entry.subject)).toEqual([AMB_ONE.aadObjectId, AMB_TWO.aadObjectId]);
    expect(additions.every((entry) => entry.actor === ADMIN.aadObjectId)).toBe(true);
    expect(json(entries)).not.toContain('Ambassadeur Een');
  });

  it('an admin removes one with the list card’s button, and adds them back', async () => {
    const [list] = await exchange(personalMessage('ambassadors', options(ADMIN)));
    const remove = cardOf(list).actions?.find((action) => action.title === 'Remove Ambassadeur Twee') as {
      data: Record<string, unknown>;
    };
    const [removed] = await exchange(cardSubmit(remove.data, options(ADMIN)));
    expect(removed?.text).toBe('Ambassadeur Twee is no longer an ambassador.');
    const [forged] = await exchange(cardSubmit(remove.data, options(COLLEAGUE)));
    expect(forged?.text).toMatch(/^Only a Wegwijs admin/);
    const [back] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_TWO));
    expect(back?.text).toBe('Ambassadeur Twee is nu ambassadeur.');
    expect((await audit()).some((entry) => entry.action === 'ambassador.removed')).toBe(true);
  });

  it('keeps ids, kinds and times only in the audit of appointments and removals', async () => {
    const entries = await audit();
    expect(entries.map((entry) => entry.action)).toContain('ambassador.removed');
    expectAuditOfIdsOnly(entries);
  });
});

describe('organisations', () => {
  it('keeps each organisation’s ambassadors apart', async () => {
    const [list] = await exchange(personalMessage('ambassadeurs', { ...options(COLLEAGUE), tenantId: OTHER_TENANT }));
    expect(json(cardOf(list))).toContain('Er zijn nog geen ambassadeurs');
  });
});
