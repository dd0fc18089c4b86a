/**
 * Leerruimte cards: the weekly prompt, the welcome/settings card, and the delivery status for admins.
 */
import { type AdaptiveCard, type CardElement, card, factSet, heading, textBlock } from '../../cards/adaptive-card.js';
import type { ChoiceSetInput, SubmitAction } from '../../cards/schema.js';
import { fill } from '../../i18n/format.js';
import type { Language, Localized } from '../../i18n/language.js';
import type { KnowledgeBase, PromptEntry } from '../../kb/schema.js';
import { caseOfWeekElements } from '../cases/index.js';
import type { Delivery, Subscription } from './subscriptions.js';

export const LEERRUIMTE_VERBS = {
  save: 'leerruimte.opslaan',
  pause: 'leerruimte.pauzeren',
  resume: 'leerruimte.hervatten',
} as const;

const DAYS: Localized<readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const TEXT = {
  promptHeader: {
    nl: 'Leerruimte — intervisievraag van week {week}',
    en: 'Learning space — peer consultation question, week {week}',
  },
  method: { nl: 'Werkvorm', en: 'Method' },
  minutes: { nl: 'Tijd', en: 'Time' },
  minutesValue: { nl: '{n} minuten', en: '{n} minutes' },
  track: { nl: 'Thema', en: 'Theme' },
  reply: {
    nl: 'Reageer in deze thread: wat zie jij in je eigen werk?',
    en: 'Reply in this thread: what do you see in your own work?',
  },
  welcomeTitle: {
    nl: 'Leerruimte: elke week een intervisievraag',
    en: 'Learning space: a peer consultation question every week',
  },
  welcomeText: {
    nl: 'Wegwijs zet elke week een vraag voor intervisie in dit team, met een werkvorm en de tijd die het kost. Nu ingesteld: elke {day} om {time} (Nederlandse tijd), thema {tracks}. Pas het hieronder aan of pauzeer.',
    en: 'Every week Wegwijs posts a peer consultation question in this team, with a method and the time it takes. Set now: every {day} at {time} (Dutch time), theme {tracks}. Change it below or pause.',
  },
  paused: { nl: 'Gepauzeerd: er komen geen vragen tot je hervat.', en: 'Paused: no questions until you resume.' },
  channel: { nl: 'Kanaal', en: 'Channel' },
  day: { nl: 'Dag', en: 'Day' },
  time: { nl: 'Tijd (Nederlandse tijd)', en: 'Time (Dutch time)' },
  tracks: { nl: 'Thema’s', en: 'Themes' },
  language: { nl: 'Taal', en: 'Language' },
  save: { nl: 'Opslaan', en: 'Save' },
  pause: { nl: 'Pauzeren', en: 'Pause' },
  resume: { nl: 'Hervatten', en: 'Resume' },
  statusTitle: { nl: 'Leerruimte — bezorging week {week}', en: 'Learning space — delivery, week {week}' },
  statusCounts: {
    nl: '{active} actieve teams: {sent} verstuurd, {failed} mislukt (volgende ronde opnieuw), {retired} gestopt, {waiting} nog niet aan de beurt.',
    en: '{active} active teams: {sent} sent, {failed} failed (retried next round), {retired} retired, {waiting} not yet due.',
  },
} as const;

export function buildPromptCard(
  prompt: PromptEntry,
  kb: KnowledgeBase,
  week: string,
  language: Language,
  featured?: { id: string; title: string },
): AdaptiveCard {
  const method = kb.methods.get(prompt.method)?.[language] ?? prompt.method;
  const track = kb.tracks.get(prompt.track)?.[language] ?? prompt.track;
  const source = prompt.sources[0];
  const body: CardElement[] = [
    textBlock(fill(TEXT.promptHeader[language], { week: week.slice(-2) }), { isSubtle: true, size: 'Small' }),
    heading(prompt.title[language]),
    textBlock(prompt.summary[language], { size: 'Medium' }),
    factSet([
      [TEXT.method[language], method],
      [TEXT.minutes[language], fill(TEXT.minutesValue[language], { n: String(prompt.minutes) })],
      [TEXT.track[language], track],
    ]),
    textBlock(TEXT.reply[language], { weight: 'Bolder', spacing: 'Medium' }),
  ];
  if (source !== undefined) body.push(textBlock(`[${source.title}](${source.url})`, { isSubtle: true, size: 'Small' }));
  // Every prompt invites the team's ambassadors to share a case, and may carry the case of the week.
  const cases = caseOfWeekElements(featured, language);
  body.push(...cases.body);
  return card(language, body, `${prompt.title[language]}: ${prompt.summary[language]}`, cases.actions);
}

export function buildSettingsCard(
  subscription: Subscription,
  kb: KnowledgeBase,
  channels: ReadonlyArray<{ id: string; name: string }>,
  language: Language,
): AdaptiveCard {
  const tracks = subscription.tracks.map((id) => kb.tracks.get(id)?.[language] ?? id).join(', ');
  const body: CardElement[] = [
    heading(TEXT.welcomeTitle[language]),
    textBlock(
      fill(TEXT.welcomeText[language], {
        day: DAYS[language][subscription.day - 1] ?? '',
        time: subscription.time,
        tracks,
      }),
    ),
  ];
  if (subscription.status === 'paused') body.push(textBlock(TEXT.paused[language], { color: 'Attention' }));
  body.push(...settingsInputs(subscription, kb, channels, language));
  const toggle: SubmitAction =
    subscription.status === 'paused'
      ? { type: 'Action.Submit', title: TEXT.resume[language], data: { verb: LEERRUIMTE_VERBS.resume } }
      : { type: 'Action.Submit', title: TEXT.pause[language], data: { verb: LEERRUIMTE_VERBS.pause } };
  return card(language, body, TEXT.welcomeTitle[language], [
    { type: 'Action.Submit', title: TEXT.save[language], data: { verb: LEERRUIMTE_VERBS.save } },
    toggle,
  ]);
}

/** Channel, day, time, themes and language, each filled in with the team's current choice. */
function settingsInputs(
  subscription: Subscription,
  kb: KnowledgeBase,
  channels: ReadonlyArray<{ id: string; name: string }>,
  language: Language,
): CardElement[] {
  const channelChoices =
    channels.length > 0
      ? channels
      : [{ id: subscription.channel.conversationId, name: subscription.channelName ?? 'General' }];
  return [
    choice(
      'kanaal',
      TEXT.channel[language],
      subscription.channel.conversationId,
      channelChoices.map((c) => ({ title: c.name, value: c.id })),
    ),
    choice(
      'dag',
      TEXT.day[language],
      String(subscription.day),
      DAYS[language].map((name, index) => ({ title: name, value: String(index + 1) })),
    ),
    {
      type: 'Input.Time',
      id: 'tijd',
      label: TEXT.time[language],
      value: subscription.time,
      isRequired: true,
      errorMessage: TEXT.time[language],
    },
    {
      ...choice(
        'tracks',
        TEXT.tracks[language],
        subscription.tracks.join(','),
        [...kb.tracks].map(([id, label]) => ({ title: label[language], value: id })),
      ),
      isMultiSelect: true,
      style: 'expanded',
    },
    choice('taal', TEXT.language[language], subscription.language, [
      { title: 'Nederlands', value: 'nl' },
      { title: 'English', value: 'en' },
    ]),
  ];
}

export function buildStatusCard(
  week: string,
  subscriptions: readonly Subscription[],
  deliveries: readonly Delivery[],
  language: Language,
): AdaptiveCard {
  const byTeam = new Map(deliveries.map((delivery) => [delivery.teamId, delivery]));
  const active = subscriptions.filter((subscription) => subscription.status !== 'retired');
  const count = (status: Delivery['status']) => deliveries.filter((delivery) => delivery.status === status).length;
  const waiting = active.filter((subscription) => !byTeam.has(subscription.teamId)).length;
  const rows = deliveries
    .filter((delivery) => delivery.status !== 'sent')
    .slice(0, 20)
    .map(
      (delivery) =>
        [
          delivery.teamId.slice(0, 24),
          `${delivery.status}${delivery.reason === undefined ? '' : ` (${delivery.reason})`}`,
        ] as const,
    );
  const counts = fill(TEXT.statusCounts[language], {
    active: String(active.length),
    sent: String(count('sent')),
    failed: String(count('failed')),
    retired: String(count('retired')),
    waiting: String(waiting),
  });
  return card(
    language,
    [
      heading(fill(TEXT.statusTitle[language], { week })),
      textBlock(counts),
      ...(rows.length > 0 ? [factSet(rows)] : []),
    ],
    counts,
  );
}

function choice(
  id: string,
  label: string,
  value: string,
  choices: ReadonlyArray<{ title: string; value: string }>,
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    value,
    choices,
    style: 'compact',
    isRequired: true,
    errorMessage: label,
  };
}
