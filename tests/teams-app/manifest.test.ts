import { describe, expect, it } from 'vitest';
import { fillPlaceholders, packageValues } from '../../scripts/teams-app/manifest.js';

const BOT = '11111111-2222-3333-4444-555555555555';

/** `${{NAME}}`, built up so that it does not read as a mistyped template literal. */
const ph = (name: string) => ['$', '{{', name, '}}'].join('');

describe('fillPlaceholders', () => {
  it('fills every placeholder, JSON-escaped, and lists the ones without a value', () => {
    const template = `{"id":"${ph('BOT_ID')}","x":"${ph(' BOT_ID ')}","q":"${ph('QUOTE')}","m":"${ph('MISSING')}"}`;
    const filled = fillPlaceholders(template, { BOT_ID: BOT, QUOTE: 'a"b' });
    expect(JSON.parse(filled.text)).toEqual({ id: BOT, x: BOT, q: 'a"b', m: ph('MISSING') });
    expect(filled.missing).toEqual(['MISSING']);
  });
});

describe('packageValues', () => {
  it('reads the bot id (either name), the domain from a URL, and defaults the app id to the bot id', () => {
    const result = packageValues({ MicrosoftAppId: BOT, BOT_DOMAIN: 'https://wegwijs.example.org:443/api' }, '0.1.0');
    expect(result.problems).toEqual([]);
    expect(result.values).toEqual({
      APP_VERSION: '0.1.0',
      BOT_ID: BOT,
      TEAMS_APP_ID: BOT,
      BOT_DOMAIN: 'wegwijs.example.org',
    });
  });

  it('says what is missing or malformed', () => {
    expect(packageValues({}, '0.1.0').problems).toEqual([
      expect.stringContaining('set BOT_ID'),
      expect.stringContaining('set BOT_DOMAIN'),
    ]);
    expect(
      packageValues({ BOT_ID: 'bot', TEAMS_APP_ID: 'app', BOT_DOMAIN: 'not a host' }, '1.0').problems,
    ).toHaveLength(4);
  });
});
