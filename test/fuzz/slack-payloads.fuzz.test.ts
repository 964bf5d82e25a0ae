// Random block_actions and view_submission payloads: first through the pure readers (10,000
// each), then a sample as signed requests into the real Bolt receiver. Jest fails a test on any
// unhandled rejection or uncaught exception during it, and the HTTP test waits for the adapter
// to go idle, so background work is covered too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import {
  readClick,
  readEditSubmission,
  type Click,
  type EditSubmission,
} from '../../adapters/slack/handlers/read-interaction.js';
import { startSlackFrontdesk, type SlackFrontdesk } from '../slack/helpers/frontdesk-harness.js';
import {
  blockActionPayload,
  interactionBody,
  sendToSlackEndpoint,
  viewSubmissionPayload,
} from '../slack/helpers/slack-requests.js';
import { untilIdle } from '../slack/helpers/until-idle.js';
import { mutated, prototypePollution, type Json } from './helpers/mutate-json.js';
import { plainTextBreaks } from './helpers/plain-text.js';

const RUNS = 10_000;
const HTTP_REQUESTS = 200;
const RESPONSE_URL = 'http://127.0.0.1:9/respond';
const EDIT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'unit', 'startDate', 'endDate'];
const WRITE_ROUTES = [
  'addResident',
  'updateResident',
  'terminateResident',
  'purgeResident',
  'importResidents',
  'bulkAction',
];

function clickTemplate(responseUrl: string): Json {
  return blockActionPayload({
    actionId: 'fd.confirm.0',
    value: 'proposal-fuzz-1',
    messageTs: '1764860400.000100',
    responseUrl,
  }) as Json;
}

function submissionTemplate(responseUrl: string | null): Json {
  return viewSubmissionPayload({
    privateMetadata: JSON.stringify({
      proposalId: 'proposal-fuzz-1',
      channelId: 'CFAKE0001',
      messageTs: '1764860400.000100',
      responseUrl,
    }),
    values: {
      firstName: { input: { type: 'plain_text_input', value: 'Jane' } },
      startDate: { picker: { type: 'datepicker', selected_date: '2027-03-01' } },
      unit: { select: { type: 'external_select', selected_option: { value: 'Hudson|1|102' } } },
    },
  }) as Json;
}

// Private metadata is a JSON string inside the payload, so it gets its own random shapes.
const metadata = mutated(
  { proposalId: 'proposal-fuzz-1', channelId: 'CFAKE0001', messageTs: null, responseUrl: null },
  3,
).map((value) => JSON.stringify(value));

function own(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function clickBreaks(body: unknown, click: Click | null): string[] {
  if (click === null) return [];
  const breaks: string[] = [];
  if (!/^[a-z_]+$/.test(click.id)) breaks.push('id');
  for (const key of ['value', 'label', 'userId', 'triggerId', 'actionTs'] as const) {
    if (typeof click[key] !== 'string') breaks.push(key);
  }
  if (click.userId !== own(body, 'user', 'id')) breaks.push('userId is not the own user.id');
  if (typeof click.clicked.channelId !== 'string') breaks.push('channelId');
  if (click.clicked.ts !== null && typeof click.clicked.ts !== 'string') breaks.push('ts');
  if (typeof click.clicked.responseUrl !== 'string') breaks.push('responseUrl');
  return breaks;
}

function submissionBreaks(body: unknown, submission: EditSubmission | null): string[] {
  if (submission === null) return [];
  const breaks: string[] = [];
  if (typeof submission.target.proposalId !== 'string') breaks.push('proposalId');
  if (typeof submission.target.channelId !== 'string') breaks.push('channelId');
  if (submission.userId !== own(body, 'user', 'id')) breaks.push('userId is not the own user.id');
  for (const [field, value] of Object.entries(submission.values)) {
    if (!EDIT_FIELDS.includes(field)) breaks.push(`field ${field}`);
    if (value !== null && typeof value !== 'string') breaks.push(`value of ${field}`);
  }
  return breaks;
}

describe('Slack interaction payload fuzzing', () => {
  it('reads any block_actions payload as a click or null', () => {
    let clicks = 0;
    fc.assert(
      fc.property(mutated(clickTemplate(RESPONSE_URL)), (body) => {
        const actions = own(body, 'actions');
        const action = Array.isArray(actions) ? (actions[0] as unknown) : actions;
        const click = readClick(body, action);
        expect(clickBreaks(body, click)).toEqual([]);
        expect(prototypePollution()).toEqual([]);
        if (click !== null) clicks += 1;
      }),
      { numRuns: RUNS },
    );
    // Most variants keep a readable click; if none do, the generator broke every payload.
    expect(clicks).toBeGreaterThan(RUNS / 10);
  });

  it('reads any view_submission payload as a submission or null', () => {
    let submissions = 0;
    const payload = fc
      .tuple(mutated(submissionTemplate(null)), fc.option(metadata))
      .map(([body, privateMetadata]) => {
        const view = own(body, 'view');
        if (privateMetadata !== null && typeof view === 'object' && view !== null) {
          (view as Record<string, unknown>).private_metadata = privateMetadata;
        }
        return body;
      });
    fc.assert(
      fc.property(payload, (body) => {
        const submission = readEditSubmission(body, own(body, 'view'));
        expect(submissionBreaks(body, submission)).toEqual([]);
        expect(prototypePollution()).toEqual([]);
        if (submission !== null) submissions += 1;
      }),
      { numRuns: RUNS },
    );
    expect(submissions).toBeGreaterThan(RUNS / 10);
  });
});

describe('Slack interaction requests with random payloads', () => {
  let harness: SlackFrontdesk;

  beforeAll(async () => {
    harness = await startSlackFrontdesk();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('answers each signed request sanely and writes nothing to ElevenOS', async () => {
    const responseUrl = harness.slack.responseUrl('fuzz');
    // Fields that name where replies go stay pointed at the fake, so no request leaves 127.0.0.1.
    const pin = (body: Json): Json => {
      if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
        body.response_url = responseUrl;
      }
      return body;
    };
    const payloads = [
      ...fc.sample(mutated(clickTemplate(responseUrl), 3), { numRuns: HTTP_REQUESTS / 2, seed: 7 }),
      ...fc.sample(mutated(submissionTemplate(responseUrl), 3), {
        numRuns: HTTP_REQUESTS / 2,
        seed: 11,
      }),
    ].map(pin);

    const statuses = new Map<number, number>();
    // Bolt answers a payload no listener takes with 404 after 3 seconds, so requests go in
    // parallel batches to keep the suite short.
    for (let start = 0; start < payloads.length; start += 25) {
      const batch = payloads.slice(start, start + 25);
      const responses = await Promise.all(
        batch.map((payload) =>
          sendToSlackEndpoint(
            harness.baseUrl,
            interactionBody(payload as Record<string, unknown>),
            'application/x-www-form-urlencoded',
          ),
        ),
      );
      for (const response of responses) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }
    await untilIdle(harness.adapter, 15_000);

    process.stdout.write(
      `slack http fuzz: ${payloads.length} requests, statuses ${JSON.stringify([...statuses])}\n`,
    );
    expect([...statuses.keys()].filter((status) => ![200, 400, 404].includes(status))).toEqual([]);
    const writes = harness.sandbox.requests
      .list()
      .filter((entry) => entry.route !== null && WRITE_ROUTES.includes(entry.route));
    expect(writes).toEqual([]);
    const texts = harness.slack.calls
      .map((call) => call.body.text)
      .filter((text) => text !== undefined);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(plainTextBreaks(text)).toEqual([]);
    // The receiver is still up and answering after the whole batch.
    const health = await fetch(`${harness.baseUrl}/health`);
    expect(health.status).toBeLessThan(500);
  }, 60_000);
});
