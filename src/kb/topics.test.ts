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
});
