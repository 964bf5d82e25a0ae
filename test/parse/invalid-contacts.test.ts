import { parseCommand } from '../../src/parse/parse-command.js';
import { corpusContext, corpusMappings } from './corpus-helpers.js';

describe('parseCommand invalid contacts', () => {
  const context = corpusContext(corpusMappings());

  it.each([
    ['email mk@example', 'mk@example is not an email address'],
    ['email ann@@example.com', 'ann@@example.com is not an email address'],
    ['phone 12345', '12345 is not a phone number'],
    ['tel: 99', '99 is not a phone number'],
  ])('"%s" becomes a problem', (contact, problem) => {
    const parsed = parseCommand(`move in Jane Doe to Hudson 102 on March 1 ${contact}`, context);

    expect(parsed.problems).toEqual([problem]);
    expect(parsed.people).toEqual([
      { firstName: 'Jane', lastName: 'Doe', email: null, phone: null },
    ]);
    expect(parsed.unit).toMatchObject({ status: 'resolved', building: 'Hudson', unit: '102' });
  });

  it('reads no name from an invalid email in lower case', () => {
    const parsed = parseCommand('move in jane doe to hudson 102 email mk@example', context);

    expect(parsed.people.map((person) => person.firstName)).toEqual(['jane']);
  });

  it.each([
    'move in Jane Doe jane@example.com phone 555-010-0142 to Hudson 102',
    'move in Jane Doe (jane@example.com), phone: +1 (555) 010-0142 to Hudson 102',
    'move in Jane Doe, email jane@example.com. to Hudson 102',
    '@Frontdesk move in Jane Doe to Hudson 102',
  ])('%s: no problem', (command) => {
    expect(parseCommand(command, context).problems).toEqual([]);
  });

  it('keeps contact words out of names', () => {
    const parsed = parseCommand(
      'move in jane doe to hudson 102 email jane@example.com phone 555-010-0142',
      context,
    );

    expect(parsed.people).toEqual([
      { firstName: 'jane', lastName: 'doe', email: 'jane@example.com', phone: '555-010-0142' },
    ]);
  });
});
