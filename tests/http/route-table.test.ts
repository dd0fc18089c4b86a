/**
 * The route table against what users are told to type: every command in the Teams manifest (both
 * languages, each scope) and every phrase the help card suggests reaches a handler — posted through
 * /api/messages, a reply reaches the fake connector and the turn's route is not the no-answer fallback.
 * And the table against itself: phrases match their own route first, every card verb has one route.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AFWEGING_VERBS } from '../../src/features/afwegingskader/index.js';
import { VERBS } from '../../src/features/answer/index.js';
import { CASE_VERBS } from '../../src/features/cases/index.js';
import { COLLEGA_VERBS } from '../../src/features/collega/index.js';
import { buildHelpCard } from '../../src/features/help/index.js';
import { COMMAND_ROUTES, VERB_ROUTES } from '../../src/features/index.js';
import { LEERRUIMTE_VERBS } from '../../src/features/leerruimte/index.js';
import { botAddedToTeam, channelMention, personalMessage, TENANT_ID } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

const MANIFEST_DIR = path.join(import.meta.dirname, '../../manifest');

type Scope = 'personal' | 'team' | 'groupChat';

interface ManifestCommand {
  title: string;
  scope: Scope;
  locale: string;
}

/** The manifest's commands: titles from manifest.json (Dutch) and their English translations in en.json. */
function manifestCommands(): ManifestCommand[] {
  const manifest = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as {
    bots: Array<{ commandLists: Array<{ scopes: Scope[]; commands: Array<{ title: string }> }> }>;
  };
  const english = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'en.json'), 'utf8')) as Record<string, string>;
  return (manifest.bots[0]?.commandLists ?? []).flatMap((list, l) =>
    list.scopes.flatMap((scope) =>
      list.commands.flatMap((command, c) => [
        { title: command.title, scope, locale: 'nl-NL' },
        { title: english[`bots[0].commandLists[${l}].commands[${c}].title`] ?? '', scope, locale: 'en-US' },
      ]),
    ),
  );
}

/** The phrases the help card tells people to type: its *italic* words. */
function helpPhrases(): string[] {
  return (['nl', 'en'] as const).flatMap((language) =>
    [...JSON.stringify(buildHelpCard(language).body).matchAll(/(?<!\*)\*([^*]+)\*(?!\*)/g)].map((m) => m[1] ?? ''),
  );
}

/** The command route that would answer `text`, in table order. */
const commandFor = (text: string) => COMMAND_ROUTES.find((route) => route.match(text) !== undefined);

/**
 * Manifest entries that are example questions for the answer engine, not commands. Every other manifest
 * entry must be a command of the table.
 */
const EXAMPLE_QUESTIONS = new Set([
  'moet ik melden?',
  'schuldhulp in Den Haag',
  'hulplijnen',
  'do I have to report?',
  'debt help in The Hague',
  'help lines',
]);

/** Routes that mean "nothing answered this" rather than "a handler took it". */
const FALLBACK = /(^none$|no-match|^submit\.invalid$)/;

describe('the route table against the manifest and the help card', () => {
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ USER_RATE_LIMIT: '0' });
    // The team has Wegwijs installed, as it would when someone types a team command.
    await app.post(botAddedToTeam({ serviceUrl: connector.url }));
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });
  afterEach(() => connector.clear());

  function activityFor(command: ManifestCommand) {
    const options = { serviceUrl: connector.url, locale: command.locale };
    if (command.scope === 'team') return channelMention(command.title, options);
    const message = personalMessage(command.title, options);
    if (command.scope === 'personal') return message;
    return {
      ...message,
      conversation: {
        id: '19:synthetic-group@thread.v2',
        conversationType: 'groupChat',
        isGroup: true,
        tenantId: TENANT_ID,
      },
    };
  }

  it('reads every command of the manifest (three scopes, two languages)', () => {
    const commands = manifestCommands();
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.every((command) => command.title !== '')).toBe(true);
  });

  it.each(manifestCommands().map((command) => [command.scope, command.title, command] as const))(
    'the %s command "%s" reaches a handler',
    async (_scope, title, command) => {
      const response = await app.post(activityFor(command));
      expect(response.status).toBe(200);
      const replies = await connector.waitForActivities(1);
      expect(replies.length).toBeGreaterThan(0);
      const turn = app.logs.filter((line) => line.msg === 'turn').at(-1);
      expect(turn).toMatchObject({ outcome: 'handled', status: 200 });
      expect(String(turn?.route)).not.toMatch(FALLBACK);
      if (EXAMPLE_QUESTIONS.has(title)) {
        expect(String(turn?.route)).toMatch(/^answer\./);
      } else {
        // A command is answered by its route in the table, not read as a question by the answer engine.
        expect(commandFor(title)?.name, title).toBeDefined();
        expect(String(turn?.route)).not.toMatch(/^answer\./);
      }
    },
  );

  it.each(helpPhrases())('the help card’s "%s" is a command in the table', (phrase) => {
    expect(commandFor(phrase)).toBeDefined();
  });

  it('finds the phrases the help card suggests (so the test above cannot pass empty)', () => {
    expect(helpPhrases()).toEqual(
      expect.arrayContaining(['afwegingskader', 'casussen', 'casus delen', 'reporting code check', 'share case']),
    );
  });
});

describe('the route table itself', () => {
  it.each(COMMAND_ROUTES.flatMap((route) => route.phrases.map((phrase) => [route.name, phrase] as const)))(
    '%s: "%s" is matched by its own route, first in table order',
    (name, phrase) => {
      expect(commandFor(phrase)?.name).toBe(name);
    },
  );

  it('gives every card verb of every feature exactly one route', () => {
    const verbs = VERB_ROUTES.flatMap((route) => route.verbs);
    expect(new Set(verbs).size).toBe(verbs.length);
    const known = [VERBS, AFWEGING_VERBS, COLLEGA_VERBS, CASE_VERBS, LEERRUIMTE_VERBS].flatMap((table) =>
      Object.values(table),
    );
    expect([...verbs].sort()).toEqual([...known].sort());
  });

  it('has a refusal for every admins-only command', () => {
    for (const route of COMMAND_ROUTES.filter((candidate) => candidate.who === 'admins'))
      expect(route.refused, route.name).toBeDefined();
  });
});
