// Random `adaptiveCard/action` values and messageBack messages: first through the pure readers
// (10,000 each), then a sample as authenticated requests into the real CloudAdapter. Jest fails
// a test on any unhandled rejection or uncaught exception during it, and the HTTP test waits
// for the adapter to go idle, so background work is covered too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { readCardClick } from '../../adapters/teams/read-card-click.js';
import { commandText } from '../../adapters/teams/message-text.js';
import type { TeamsActivity } from '../../adapters/teams/teams-connection.js';
import {
  cardActionActivity,
  mentionActivity,
  messageActivity,
} from '../teams/helpers/activities.js';
import { cardOf, textOf } from '../teams/helpers/card-queries.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from '../teams/helpers/teams-harness.js';
import { anyJson, mutated, prototypePollution, type Json } from './helpers/mutate-json.js';
import { plainTextBreaks } from './helpers/plain-text.js';

const RUNS = 10_000;
const HTTP_REQUESTS = 200;
const SERVICE_URL = 'http://127.0.0.1:9/';
const WRITE_ROUTES = [
  'addResident',
  'updateResident',
  'terminateResident',
  'purgeResident',
  'importResidents',
  'bulkAction',
];

const invokeValue: Json = {
  action: {
    type: 'Action.Execute',
    verb: 'action:confirm',
    data: { value: 'proposal-fuzz-1', label: 'Confirm', source: { card: {}, seal: 'x' } },
  },
  trigger: 'manual',
};

const verbs = fc.constantFrom(
  'action:confirm',
  'action:cancel',
  'action:edit',
  'action:undo',
  'action:answer',
  'form:save',
  'form:back',
  'action:',
  'form:other',
);

const invokeValues = fc.tuple(mutated(invokeValue, 4), fc.option(verbs)).map(([value, verb]) => {
  const action = (value as Record<string, Json> | null)?.action;
  if (verb !== null && typeof action === 'object' && action !== null && !Array.isArray(action)) {
    action.verb = verb;
  }
  return value;
});

// Teams writes entities and HTML in message text, and messageBack adds a `value` object.
const messageText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '<at>Frontdesk</at> help',
    '&#x110000; &#99999999; &#0; &#xD800; &amp;&lt;&gt;',
    '<at>Frontdesk</at>',
    '<p>move in <b>Jane</b></p>',
    '&#x1F600;',
  ),
);

function messageTemplate(text: string): Json {
  return {
    ...(messageActivity(text, { serviceUrl: SERVICE_URL }) as unknown as Record<string, Json>),
    value: { action: 'submit', text },
    entities: [{ type: 'mention', text: '<at>Frontdesk</at>', mentioned: { id: 'bot' } }],
  };
}

const messages = messageText.chain((text) => mutated(messageTemplate(text), 4));

describe('Teams card action and message fuzzing', () => {
  it('reads any adaptiveCard/action value as a click or a reason', () => {
    let clicks = 0;
    fc.assert(
      fc.property(invokeValues, (value) => {
        const click = readCardClick(value);
        expect(prototypePollution()).toEqual([]);
        if ('problem' in click) {
          expect(plainTextBreaks(click.problem)).toEqual([]);
          return;
        }
        clicks += 1;
        expect(typeof click.value).toBe('string');
        expect(typeof click.label).toBe('string');
        expect(Object.hasOwn(click.data, 'value')).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(clicks).toBeGreaterThan(RUNS / 10);
  });

  it('reads the command of any message activity as text', () => {
    fc.assert(
      fc.property(messages, (activity) => {
        const text = commandText(activity as unknown as TeamsActivity);
        expect(typeof text).toBe('string');
        expect(prototypePollution()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Teams requests with random payloads', () => {
  let harness: TeamsFrontdesk;

  beforeAll(async () => {
    harness = await startTeamsFrontdesk();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('answers each authenticated request sanely and writes nothing to ElevenOS', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const options = { serviceUrl };
    const invokes = fc
      .sample(fc.tuple(invokeValues, anyJson), { numRuns: HTTP_REQUESTS / 2, seed: 5 })
      .map(([value, replyTo]) => ({
        ...cardActionActivity('action:confirm', {}, 'reply-to-1', options),
        value,
        ...(typeof replyTo === 'string' ? { replyToId: replyTo.slice(0, 64) } : {}),
      }));
    const chats = fc
      .sample(fc.tuple(messageText, anyJson), { numRuns: HTTP_REQUESTS / 2, seed: 9 })
      .map(([text, value], index) => ({
        ...(index % 2 === 0 ? messageActivity(text, options) : mentionActivity(text, options)),
        value,
      }));

    const statuses = new Map<number, number>();
    for (const activity of [...invokes, ...chats]) {
      const response = await harness.post(activity);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 400 && response.body !== null) {
        const error = (response.body as { value?: { message?: unknown } }).value?.message;
        if (error !== undefined) expect(plainTextBreaks(error)).toEqual([]);
      }
    }
    await harness.idle();

    process.stdout.write(
      `teams http fuzz: ${invokes.length + chats.length} requests, statuses ${JSON.stringify([...statuses])}\n`,
    );
    expect([...statuses.keys()].filter((status) => ![200, 400].includes(status))).toEqual([]);
    const writes = harness.sandbox.requests
      .list()
      .filter((entry) => entry.route !== null && WRITE_ROUTES.includes(entry.route));
    expect(writes).toEqual([]);
    const texts = harness.connector.calls.map((call) =>
      typeof call.activity.text === 'string' ? call.activity.text : textOf(cardOf(call.activity)),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(plainTextBreaks(text)).toEqual([]);
  }, 90_000);
});
