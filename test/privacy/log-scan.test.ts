import { Writable } from 'node:stream';

import { afterEach, describe, expect, it } from '@jest/globals';

import { createLogger } from '../../src/log.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

/** Personal data the session types or the sandbox seeds; none may reach an info-level log. */
const PERSONAL = [
  'Jane',
  'Doe',
  'jane.doe@example.com',
  'jane.doe2@example.com',
  '555-010-0142',
  '5550100142',
  'Priya',
  'Nair',
  'Tom Reyes',
  'Sam Lee',
  'sam.lee@example.com',
  'tidepool',
  'sandbox-team-password',
  'Bearer',
];

/**
 * Makes the sandbox reject the next move-in the way ElevenOS rejects a duplicate, with the
 * resident's email in its message, so the test sees what Frontdesk logs about a rejection.
 */
async function rejectNextMoveIn(sandboxUrl: string): Promise<void> {
  const response = await fetch(`${new URL(sandboxUrl).origin}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      failure: {
        status: 409,
        next: 1,
        routes: ['addResident'],
        message: 'A resident with email jane.doe@example.com already exists',
      },
    }),
  });
  expect(response.status).toBe(200);
}

describe('log privacy', () => {
  let chat: ConsoleHarness | null = null;

  afterEach(async () => {
    await chat?.close();
  });

  it('keeps names, contacts, passphrases and tokens out of info logs', async () => {
    let logs = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs += chunk.toString('utf8');
        done();
      },
    });
    chat = await startConsole({}, createLogger({ level: 'info', destination: sink }));

    const session = [
      'move in Jane Doe jane.doe@example.com 555-010-0142 to Hudson 102 on March 1',
      'yes',
      'undo',
      'move in Jane Doe jane.doe@example.com to Hudson 103 on March 1',
      'yes',
      'move in Jane Doe jane.doe@example.com to Hudson 201 on March 1',
      '2',
      'jane.doe2@example.com',
      'FAULT',
      'yes',
      'who is in Hudson 102?',
      'find Priya Nair',
      "push Priya Nair's move-in to Dec 20",
      'yes',
      'move out Sam Lee on Dec 31',
      'Hudson 101',
      'yes',
      'terminate and purge Tom Reyes',
      'yes',
      'yes',
      'who is in unit 102 at Sunset Terrace?',
      'upcoming move-ins',
      'Jane Doe asdf',
    ];
    for (const line of session) {
      if (line === 'FAULT') {
        await rejectNextMoveIn(chat.runtime.sandboxUrl!);
        continue;
      }
      await chat.say(line);
    }

    expect(logs).toContain('proposal confirmed');
    expect(logs).toContain('proposal failed');
    for (const value of PERSONAL) {
      expect({ value, found: logs.includes(value) }).toEqual({ value, found: false });
    }
  });
});
