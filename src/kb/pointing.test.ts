import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { pointsAtShown, pointsBack } from './pointing.js';
import { realKnowledge } from './test-kb.js';

const { wording } = await realKnowledge();
const words = (text: string) => normalize(text).split(' ');

describe('pointing back at what was just shown', () => {
  it.each([
    'kan hij daar ook een lening krijgen?',
    'wie kunnen de ouders daarvoor bellen?',
    'what are their opening hours?',
    'is there a walk-in there?',
    'moet dat elk jaar?',
    // "eraan", "hiervoor" written in two parts.
    'en als hij zich er niet aan houdt?',
    'kan ze hier ook voor terecht?',
  ])('"%s" points back', (text) => {
    expect(pointsAtShown(wording.pointing, words(text))).toBe(true);
    expect(pointsBack(wording.pointing, words(text))).toBe(true);
  });

  it.each([
    // "is there" asks whether something exists; it points at nothing shown.
    'Is there something the parents can show the family?',
    'are there any schemes for adults?',
    'hoeveel krijgt de dochter die naar de brugklas gaat?',
    // "er" that is existential, and a preposition that starts a phrase of its own.
    'is er iets op papier voor de ouders?',
    'ik maak me er zorgen over de kinderen',
  ])('"%s" does not', (text) => {
    expect(pointsAtShown(wording.pointing, words(text))).toBe(false);
    expect(pointsBack(wording.pointing, words(text))).toBe(false);
  });

  it('"en daarna?" points back in time, not at a thing shown', () => {
    expect(pointsBack(wording.pointing, words('en daarna?'))).toBe(true);
    expect(pointsAtShown(wording.pointing, words('en daarna?'))).toBe(false);
  });
});
