/**
 * One of every kind of card the bot sends, in both languages, built by the real builders from the real
 * knowledge base and synthetic people. The card tests validate all of them; `npm run cards:preview`
 * renders them to PNG. A new card builder belongs here.
 */
import type { AdaptiveCard } from '../src/cards/adaptive-card.js';
import { buildEmergencyCard } from '../src/cards/emergency-card.js';
import { buildOutcomeCard, buildQuestionCard } from '../src/features/afwegingskader/cards.js';
import type { Outcome } from '../src/features/afwegingskader/flow.js';
import {
  buildAnswerCard,
  buildAskPlaceCard,
  buildFeedbackCommentCard,
  buildNoMatchCard,
} from '../src/features/answer/index.js';
import { buildAmbassadorsCard } from '../src/features/cases/ambassadors-card.js';
import { type CaseFields, type CaseRecord, checkCase } from '../src/features/cases/cases.js';
import { buildCaseCard, buildMyCasesCard, buildSearchCard } from '../src/features/cases/library-cards.js';
import { buildReviewCard } from '../src/features/cases/review-cards.js';
import { buildBlockedForm, buildShareElsewhereCard, buildShareForm } from '../src/features/cases/share-cards.js';
import { buildAnswerForAsker, buildAskForm, buildExpertCard } from '../src/features/collega/cards.js';
import type { ColleagueQuestion } from '../src/features/collega/collega.js';
import { buildHelpCard } from '../src/features/help/index.js';
import { buildPromptCard, buildSettingsCard, buildStatusCard } from '../src/features/leerruimte/index.js';
import type { Delivery, Subscription } from '../src/features/leerruimte/subscriptions.js';
import type { Language } from '../src/i18n/language.js';
import type { ContentEntry, KnowledgeBase, PlaceEntry, PromptEntry } from '../src/kb/schema.js';

export interface GalleryCard {
  name: string;
  card: AdaptiveCard;
}

const OUTCOMES: Outcome[] = [
  'geen-vermoeden',
  'melden-onveilig',
  'melden-geen-hulp',
  'melden-niet-aanvaard',
  'melden-resultaat',
  'hulp',
];

type Add = (name: string, card: AdaptiveCard) => void;

/** The conversation every synthetic person and team is in. */
const CHANNEL = { channelId: 'msteams', serviceUrl: 'https://example.invalid', conversationId: 'c', botId: 'b' };

export function cardGallery(kb: KnowledgeBase): GalleryCard[] {
  const places = kb.entries
    .filter((entry): entry is PlaceEntry => entry.kind === 'place')
    .map((place) => ({ code: place.municipality, name: place.name }));
  const prompt = kb.entries.find((entry): entry is PromptEntry => entry.kind === 'prompt');
  if (prompt === undefined) throw new Error('card gallery: no leerruimte prompt');
  const cards: GalleryCard[] = [];
  for (const language of ['nl', 'en'] as const satisfies readonly Language[]) {
    const add: Add = (name, card) => cards.push({ name: `${name}.${language}`, card });
    answerCards(kb, places, language, add);
    leerruimteCards(kb, prompt, language, add);
    collegaCards(language, add);
    const record = caseCards(places, language, add);
    add(
      'leerruimte-prompt-case',
      buildPromptCard(prompt, kb, '2026-W48', language, { id: record.id, title: record.fields.title }),
    );
  }
  return cards;
}

function answerCards(
  kb: KnowledgeBase,
  places: ReadonlyArray<{ code: string; name: string }>,
  language: Language,
  add: Add,
): void {
  const byId = (id: string) => {
    const entry = kb.byId.get(id);
    if (entry === undefined) throw new Error(`card gallery: no entry ${id}`);
    return entry as ContentEntry;
  };
  const answer = byId('zoetermeer-schuldhulp');
  const related = answer.related.map((id) => kb.byId.get(id)).filter((e): e is ContentEntry => e !== undefined);
  add('help', buildHelpCard(language));
  add('emergency', buildEmergencyCard(new Set(['violence', 'suicide', 'sexual', 'child-alone']), language));
  add('answer-municipal', buildAnswerCard(answer, language, { urgentRoute: false, related }));
  add('answer-meldcode', buildAnswerCard(byId('geldfit'), language, { urgentRoute: false, related: [] }));
  add('ask-place', buildAskPlaceCard({ id: 'schulden', label: 'Schulden' }, places, language));
  add('no-match', buildNoMatchCard(language));
  add('feedback-comment', buildFeedbackCommentCard('geldfit', language));
  const view = { flowId: 'gallery', answers: ['ja', 'nee', 'ja', 'ja'] as const, date: '2026-11-22' };
  add('afweging-question', buildQuestionCard(view, 0, language, { url: 'https://www.nji.nl', title: 'NJI' }));
  for (const outcome of OUTCOMES) add(`afweging-${outcome}`, buildOutcomeCard(view, outcome, language, undefined));
}

function leerruimteCards(kb: KnowledgeBase, prompt: PromptEntry, language: Language, add: Add): void {
  const subscription: Subscription = {
    teamId: 'team-1',
    channel: CHANNEL,
    channelName: 'Algemeen',
    day: 1,
    time: '09:00',
    tracks: ['stress-sensitief'],
    language,
    status: 'active',
    sent: [],
    installedAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
  };
  const delivery: Delivery = { teamId: 'team-1', week: '2026-W47', status: 'sent', claimedAt: '', attempts: 1 };
  add('leerruimte-prompt', buildPromptCard(prompt, kb, '2026-W48', language));
  add('leerruimte-settings', buildSettingsCard(subscription, kb, [{ id: 'c', name: 'Algemeen' }], language));
  add('leerruimte-status', buildStatusCard('2026-W47', [subscription], [delivery], language));
}

function collegaCards(language: Language, add: Add): void {
  const question: ColleagueQuestion = {
    id: 'q1',
    question: 'Welke vroegsignalering loopt er in Zoetermeer?',
    askerName: 'Test Gebruiker',
    asker: CHANNEL,
    language,
    status: 'answered',
    createdAt: '2026-11-22T10:00:00Z',
    answer: 'Meldpunt EMMA; vraag naar de wijkcoach.',
    answeredBy: 'Test Expert',
    answeredAt: '2026-11-22T11:00:00Z',
  };
  add('collega-ask', buildAskForm('Welke vroegsignalering loopt er?', language));
  add('collega-expert-open', buildExpertCard({ ...question, status: 'open' }, language));
  add('collega-expert-answered', buildExpertCard(question, language));
  add('collega-answer', buildAnswerForAsker(question, language));
}

const CASE_FIELDS: CaseFields = {
  title: 'Tandem bij een vader die boos wordt over geld',
  situation: 'Een vader werd in elk gesprek over geld boos; er lag een brief van de deurwaarder.',
  tried: 'Lange gesprekken met een takenlijst.',
  worked: 'Een tandem met de schuldhulpverlener en korte afspraken.',
  lesson: 'Eerst de acute zorgen, dan de rest.',
  themes: ['geldstress', 'tandem'],
  municipality: 'GM0505',
  municipalityName: 'Dordrecht',
  organisationType: 'wijkteam',
};

/** Every card of shared cases; returns the case in review they are built from. */
function caseCards(
  municipalities: ReadonlyArray<{ code: string; name: string }>,
  language: Language,
  add: Add,
): CaseRecord {
  const fields = CASE_FIELDS;
  const record: CaseRecord = {
    id: '00000000-0000-4000-8000-00000000ca5e',
    status: 'review',
    fields,
    language,
    authorAad: 'a',
    authorName: 'Test Ambassadeur',
    author: CHANNEL,
    createdAt: '2026-11-22T10:00:00Z',
  };
  const published = {
    ...record,
    status: 'published' as const,
    reviewerName: 'Test Reviewer',
    reviewedAt: '2026-11-23T10:00:00Z',
  };
  const blocked = { ...fields, situation: 'Mevrouw Jansen belde vanaf 06-12345678.' };
  add('case-form', buildShareForm(language, municipalities, 24));
  const check = checkCase(blocked, [], language);
  if (check === undefined) throw new Error('card gallery: the blocked case has no findings');
  add('case-blocked', buildBlockedForm(check, blocked, language, municipalities, 24));
  add('case-review-open', buildReviewCard(record, language));
  add('case-review-approved', buildReviewCard(published, language));
  add('case-review-rejected', buildReviewCard({ ...published, status: 'rejected', reason: 'Te kort.' }, language));
  add('case-published', buildCaseCard(published, language, { author: false, admin: true }));
  const found = { themes: ['tandem'], words: [] };
  add(
    'case-search',
    buildSearchCard({ kind: 'found', query: found, cases: [published], total: 1, widened: false }, language),
  );
  add(
    'case-overview',
    buildSearchCard({ kind: 'overview', counts: [{ theme: 'tandem', count: 1 }], newest: [published] }, language),
  );
  add('case-mine', buildMyCasesCard([record, published], language));
  const ambassador = {
    tenantId: 't',
    aadObjectId: 'a',
    name: 'Test Ambassadeur',
    addedBy: 'b',
    addedAt: '2026-11-22T10:00:00Z',
  };
  add('case-ambassadors', buildAmbassadorsCard([ambassador], language, true));
  add('case-share-elsewhere', buildShareElsewhereCard('28:bot', language));
  return record;
}
