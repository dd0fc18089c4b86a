/**
 * Every card the bot can send so far, in both languages, through the adaptivecards parser and the size limit.
 */
import { describe, expect, it } from 'vitest';
import { cardGallery } from '../scripts/card-gallery.js';
import { type CardElement, card, textBlock } from '../src/cards/adaptive-card.js';
import { buildEmergencyCard } from '../src/cards/emergency-card.js';
import {
  buildAnswerCard,
  buildAskPlaceCard,
  buildFeedbackCommentCard,
  buildNoMatchCard,
} from '../src/features/answer/index.js';
import { buildHelpCard } from '../src/features/help/index.js';
import type { ContentEntry, DangerKind, PlaceEntry } from '../src/kb/schema.js';
import { realKnowledge } from '../src/kb/test-kb.js';
import { cardProblems, unknownProperties } from './support/validate-card.js';

const LANGUAGES = ['nl', 'en'] as const;
const kb = await realKnowledge();
const content = kb.entries.filter((entry): entry is ContentEntry => entry.kind !== 'place' && entry.kind !== 'prompt');

describe('cards', () => {
  it.each(LANGUAGES)('help card (%s)', (language) => {
    expect(cardProblems(buildHelpCard(language))).toEqual([]);
  });

  it.each(LANGUAGES)('no-match and ask-place cards (%s)', (language) => {
    const places = kb.entries
      .filter((entry): entry is PlaceEntry => entry.kind === 'place')
      .map((place) => ({ code: place.municipality, name: place.name }));
    expect(cardProblems(buildNoMatchCard(language))).toEqual([]);
    expect(cardProblems(buildFeedbackCommentCard('geldfit', language))).toEqual([]);
    expect(cardProblems(buildFeedbackCommentCard('geldfit', language, { prefill: '[NAAM]', notice: 'x' }))).toEqual([]);
    expect(cardProblems(buildAskPlaceCard({ id: 'schulden', label: 'Schulden' }, places, language))).toEqual([]);
  });

  const dangers: DangerKind[][] = [
    ['violence'],
    ['suicide'],
    ['sexual'],
    ['child-alone'],
    ['violence', 'suicide', 'sexual'],
  ];
  it.each(LANGUAGES.flatMap((language) => dangers.map((kinds) => [language, kinds] as const)))(
    'emergency card (%s, %j) leads with 112 and ends with Veilig Thuis',
    (language, kinds) => {
      const card = buildEmergencyCard(new Set(kinds), language);
      expect(cardProblems(card)).toEqual([]);
      const urls = (card.actions ?? []).map((action) => (action.type === 'Action.OpenUrl' ? action.url : undefined));
      expect(urls[0]).toBe('tel:112');
      expect(urls.at(-1)).toBe('tel:08002000');
    },
  );

  it.each(LANGUAGES.flatMap((language) => content.map((entry) => [entry.id, language] as const)))(
    'answer card for %s (%s)',
    (id, language) => {
      const entry = content.find((candidate) => candidate.id === id) as ContentEntry;
      const related = entry.related.map((relatedId) => kb.byId.get(relatedId)).filter((item) => item !== undefined);
      const card = buildAnswerCard(entry, language, {
        urgentRoute: true,
        related: related as ContentEntry[],
        preface: ['x'],
      });
      expect(cardProblems(card)).toEqual([]);
    },
  );

  // The gallery holds one of every kind, including the afwegingskader, leerruimte and collega cards.
  it.each(cardGallery(kb).map(({ name, card }) => [name, card] as const))('gallery card %s', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('a misspelt card property', () => {
  it('fails the typecheck, and the card check at run time', () => {
    // Each directive below expects a type error on the next line: if the misspelling compiled, the unused
    // directive would itself fail `npm run typecheck`.
    // @ts-expect-error `wrapp` is not a TextBlock property
    const wrapped: CardElement = { type: 'TextBlock', text: 'Hallo', wrapp: true };
    // @ts-expect-error `colour` is not a TextBlock property
    const coloured = textBlock('Hallo', { colour: 'Attention' });
    const reason: CardElement = {
      type: 'Input.Text',
      id: 'reden',
      // @ts-expect-error `maxLenght` is not an Input.Text property
      maxLenght: 500,
    };
    // The adaptivecards parser alone ignores all three.
    expect(cardProblems(card('nl', [wrapped, coloured, reason], 'Hallo'))).toEqual([
      'TextBlock.wrapp at body[0]: not a property of TextBlock',
      'TextBlock.colour at body[1]: not a property of TextBlock',
      'Input.Text.maxLenght at body[2]: not a property of Input.Text',
    ]);
  });
});

describe('unknownProperties', () => {
  // Raw JSON, as a card that bypassed the types would look: every place a property can hide.
  it.each([
    [{ actions: [{ type: 'Action.Submit', titel: 'Ja' }] }, 'Action.Submit.titel at actions[0]'],
    [
      { body: [{ type: 'Container', items: [{ type: 'FactSet', facts: [{ title: 'a', valeu: 'b' }] }] }] },
      'Fact.valeu at body[0].items[0].facts[0]',
    ],
    [
      { body: [{ type: 'Input.ChoiceSet', id: 'x', choices: [{ title: 'a', value: 'a', selected: true }] }] },
      'Choice.selected at body[0].choices[0]',
    ],
    [
      {
        actions: [
          {
            type: 'Action.ShowCard',
            card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'r', multiline: true }] },
          },
        ],
      },
      'Input.Text.multiline at actions[0].card.body[0]',
    ],
    [
      { body: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [], widht: 'auto' }] }] },
      'Column.widht at body[0].columns[0]',
    ],
    [{ msteams: { width: 'Full' }, fallbackText: 'x', lang: 'nl', speek: 'x' }, 'AdaptiveCard.speek at card'],
    [
      { actions: [{ type: 'Action.Execute', verb: 'v', fallback: { type: 'Action.Submit', title: 't', dat: {} } }] },
      'Action.Submit.dat at actions[0].fallback',
    ],
  ])('finds %j', (extra, where) => {
    const problems = unknownProperties({ type: 'AdaptiveCard', version: '1.5', body: [], ...extra });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${where.replace(/[.[\]]/g, '\\$&')}: not a property of `));
  });

  it('leaves the data of a button alone', () => {
    const data = { verb: 'x', anything: { msteams: { type: 'imBack', value: 'y' } } };
    expect(
      unknownProperties({ type: 'AdaptiveCard', version: '1.5', actions: [{ type: 'Action.Submit', data }] }),
    ).toEqual([]);
  });
});
