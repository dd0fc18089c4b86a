/**
 * The language of a question: Teams' locale first, overruled by the text only when the text clearly is
 * the other language (a Dutch professional with an English Teams client types Dutch, and vice versa).
 */
import type { Language } from '../i18n/language.js';
import { normalize } from './normalize.js';

const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'ik',
  'je',
  'jij',
  'is',
  'dat',
  'die',
  'niet',
  'met',
  'op',
  'voor',
  'wie',
  'wat',
  'hoe',
  'waar',
  'welke',
  'moet',
  'kan',
  'mijn',
  'zijn',
  'haar',
  'hij',
  'ze',
  'bij',
  'doet',
  'heeft',
  'wordt',
  'er',
  'naar',
  'ook',
  'als',
  'maar',
  'om',
  'te',
  'geen',
  'nog',
  'wel',
  'hulp',
  'schulden',
  'melden',
]);
const ENGLISH = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'i',
  'you',
  'is',
  'that',
  'not',
  'with',
  'on',
  'for',
  'who',
  'what',
  'how',
  'where',
  'which',
  'must',
  'can',
  'my',
  'his',
  'her',
  'he',
  'she',
  'does',
  'has',
  'do',
  'to',
  'should',
  'help',
  'debt',
  'report',
  'are',
  'there',
  'client',
  'keeps',
  'about',
  'when',
  'offers',
  'offer',
  'after',
]);

export function detectLanguage(text: string, locale: Language): Language {
  let dutch = 0;
  let english = 0;
  for (const token of normalize(text).split(' ')) {
    if (DUTCH.has(token)) dutch += 1;
    if (ENGLISH.has(token)) english += 1;
  }
  if (english >= 2 && english > dutch * 2) return 'en';
  if (dutch >= 2 && dutch > english * 2) return 'nl';
  return locale;
}
