import { describe, expect, it } from 'vitest';
import { card, languageOfAction } from './adaptive-card.js';

describe('card language', () => {
  it('stamps lang into every data-carrying action: body, actions, ShowCards and fallbacks', () => {
    const built = card(
      'nl',
      [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'A', data: { verb: 'a' } }] }],
      'fallback',
      [
        {
          type: 'Action.Execute',
          title: 'B',
          verb: 'b',
          data: { id: 1 },
          fallback: { type: 'Action.Submit', title: 'B', data: { verb: 'b' } },
        },
        {
          type: 'Action.ShowCard',
          title: 'C',
          card: { type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', title: 'Send' }] },
        },
        { type: 'Action.OpenUrl', title: 'D', url: 'https://example.org' },
      ],
    );
    const json = JSON.stringify(built);
    expect(json).toContain('{"verb":"a","lang":"nl"}');
    expect(json).toContain('"data":{"id":1,"lang":"nl"}');
    expect(json).toContain('"data":{"verb":"b","lang":"nl"}');
    expect(json).toContain('{"type":"Action.Submit","title":"Send","data":{"lang":"nl"}}');
    expect(json).toContain('{"type":"Action.OpenUrl","title":"D","url":"https://example.org"}');
  });

  it('reads the language back from a Submit value or an Execute invoke, and nothing else', () => {
    expect(languageOfAction({ verb: 'x', lang: 'en' })).toBe('en');
    expect(languageOfAction({ action: { type: 'Action.Execute', data: { lang: 'nl' } } })).toBe('nl');
    expect(languageOfAction({ lang: 'de' })).toBeUndefined();
    expect(languageOfAction(undefined)).toBeUndefined();
    expect(languageOfAction('en')).toBeUndefined();
  });
});
