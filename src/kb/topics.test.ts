import { describe, expect, it } from 'vitest';
import { realKnowledge } from './test-kb.js';
import { TopicMatcher } from './topics.js';

describe('TopicMatcher over knowledge/vocabulary.yaml', async () => {
  const topics = new TopicMatcher((await realKnowledge()).topics);

  it('reads a long word with a typo as its topic', () => {
    expect(topics.match('schuldhulpverlning in delft')).toContain('schulden');
  });

  it('reads "leefgeld" (the food bank\'s norm) as the food bank, not as a typo of Leergeld', () => {
    const found = topics.match('hoeveel leefgeld mag een gezin van vier overhouden');
    expect(found).toContain('voedselbank');
    expect(found).not.toContain('leergeld');
    expect(topics.match('leergeld voor een laptop')).toContain('leergeld');
  });

  it('reads the patterns of the vocabulary ("geld .. voetbal*") as patterns, not as literal words', () => {
    expect(topics.match('ze hebben geen geld meer voor de boodschappen')).toContain('voedselbank');
    expect(topics.match('dochter heeft een laptop nodig voor school')).toContain('leergeld');
    expect(topics.match('er is geen geld voor de voetbalclub')).toContain('leergeld');
    expect(topics.leftover('een laptop nodig voor school')).not.toContain('laptop');
  });
});
