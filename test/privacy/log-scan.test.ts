import { Writable } from 'node:stream';

import { afterEach, describe, expect, it } from '@jest/globals';

import { createLogger } from '../../src/log.js';
import { startConsole, type ConsoleHarness } from '../helpers/console-harness.js';

/** Personal data the session types or the sandbox seeds; none may reach an info-level log. */
const PERSONAL = [
  'Jane',
  'Doe',
  'jane.doe@example.com',
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
    for (const line of session) await chat.say(line);

    expect(logs).toContain('proposal confirmed');
    expect(logs).toContain('proposal failed');
    for (const value of PERSONAL) {
      expect({ value, found: logs.includes(value) }).toEqual({ value, found: false });
    }
  });
});
