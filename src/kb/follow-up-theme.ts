/**
 * "is daar in Zoetermeer ook iets lokaals voor?" after an older woman's bank card kept by her son, "hij woont in
 * Dordrecht, is daar in de regio een samenwerking op dit thema?": something local or regional on what the case is
 * about (the conversation's `themes`), for the place the message names or the conversation's place. Of the entries on
 * those themes that name that place or its region, the one the message finds best.
 */
import type { KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { asContent, MIN_SCORE } from './engine-entries.js';
import type { ConversationContext } from './follow-up.js';
import { normalize } from './normalize.js';
import { namedRegion } from './regions.js';
import { MUNICIPAL_TOPICS, ROUTE_TOPICS, themesOf } from './topic-sets.js';
import { hasPhrase } from './wording.js';

/** A message this long sets out a question of its own. */
const MAX_WORDS = 20;

/**
 * Something local or regional on the conversation's themes, for the place named or the conversation's place: the
 * entry on those themes (not the reporting route itself) that names that place or its region and that the message
 * finds best. Not for a message that asks a money or social need of its own ("wie doet schuldhulp in de regio?").
 */
export function themeHere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, place, topics } = understanding;
  if (topics.some((topic) => MUNICIPAL_TOPICS.has(topic))) return undefined;
  // The conversation's, and the message's own ("is er ook een zorgcoördinator mensenhandel in de regio?").
  const themes = [...new Set([...(context.themes ?? []), ...themesOf(topics)])];
  if (themes.length === 0 || question.words.length > MAX_WORDS) return undefined;
  if (!hasPhrase(` ${question.expanded} `, engine.kb.wording.followUpWording.localAsks)) return undefined;
  const code = place.kind === 'regional' ? place.code : place.kind === 'none' ? context.place : undefined;
  const name = code === undefined ? undefined : engine.places.nameOf(code);
  if (code === undefined || name === undefined) return undefined;
  const region = engine.places.regionOf(code);
  const names = [normalize(name), ...namedRegion(region)];
  const namesPlace = (text: string) => {
    const padded = ` ${normalize(text)} `;
    return names.some((one) => padded.includes(` ${one} `));
  };
  const [hit] = engine.index.search(question.expanded, {
    filter: (entry) => {
      // The reporting route itself (Veilig Thuis, the meldcode) is no local programme: it was shown already.
      if (entry.kind === 'place' || entry.kind === 'prompt' || entry.kind === 'meldcode') return false;
      if (entry.topics.some((topic) => ROUTE_TOPICS.has(topic))) return false;
      if (!entry.topics.some((topic) => themes.includes(topic))) return false;
      if (entry.municipality !== undefined) return entry.municipality === code;
      return namesPlace(`${entry.title.nl} ${entry.keywords.join(' ')} ${entry.summary.nl}`);
    },
    topics: themes,
    limit: 1,
  });
  if (hit === undefined || hit.score < MIN_SCORE) return undefined;
  return { kind: 'entries', entries: [asContent(hit)] };
}
