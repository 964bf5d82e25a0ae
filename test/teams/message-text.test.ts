import { describe, expect, it } from '@jest/globals';

import { commandText } from '../../adapters/teams/message-text.js';
import type { TeamsActivity } from '../../adapters/teams/teams-connection.js';

const BOT = { id: '28:bot', name: 'Frontdesk' };

function activity(text: string, entities: TeamsActivity['entities'] = []): TeamsActivity {
  return { type: 'message', text, recipient: BOT, conversation: { id: 'c' }, entities };
}

describe('commandText', () => {
  it('removes the bot mention', () => {
    const mention = { type: 'mention', text: '<at>Frontdesk</at>', mentioned: { id: BOT.id } };

    expect(commandText(activity('<at>Frontdesk</at> upcoming', [mention]))).toBe('upcoming');
  });

  it('removes a leading bot mention missing from entities', () => {
    expect(commandText(activity('<at>Frontdesk</at> help'))).toBe('help');
  });

  it('keeps other mentions as names', () => {
    const mention = { type: 'mention', text: '<at>Frontdesk</at>', mentioned: { id: BOT.id } };

    expect(
      commandText(
        activity('<at>Frontdesk</at> move in <at>Jane Doe</at> to Hudson 102', [mention]),
      ),
    ).toBe('move in Jane Doe to Hudson 102');
  });

  it('decodes entities and drops markup', () => {
    expect(commandText(activity('<p>move out Hudson&nbsp;102 &amp; 103</p>'))).toBe(
      'move out Hudson 102 & 103',
    );
  });

  it('returns nothing for a bare mention', () => {
    const mention = { type: 'mention', text: '<at>Frontdesk</at>', mentioned: { id: BOT.id } };

    expect(commandText(activity('<at>Frontdesk</at>', [mention]))).toBe('');
  });
});
