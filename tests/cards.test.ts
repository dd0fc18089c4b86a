/**
 * Every card the bot can send so far, in both languages, through the adaptivecards parser and the size limit.
 */
import { describe, expect, it } from 'vitest';
import { cardGallery } from '../scripts/card-gallery.js';
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
import { cardProblems } from './support/validate-card.js';

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
      const urls = (card.actions ?? []).map((action) => action.url);
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
