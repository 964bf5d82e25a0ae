/** Every command, grouped, with one example each. */
export const HELP_SECTIONS: { heading: string; commands: [string, string][] }[] = [
  {
    heading: 'Residents',
    commands: [
      ['Move in', 'move in Jane Doe jane@example.com to Hudson 102 on March 1'],
      ['Move in with a lease end', 'move in Jane Doe to Hudson 102 from Mar 1 to Feb 28 2028'],
      ['Move out', 'move out John Smith from Hudson 203 on Dec 31'],
      ['End Wi-Fi now', 'terminate Maria Garcia'],
      ['Terminate and purge', 'terminate and purge Tom Reyes'],
      ['Reschedule', "push Jane Doe's move-in to March 15"],
      ['Transfer', 'move Sam Lee from Hudson 101 to Riverside 2A on Jan 15'],
      ['Look up a unit or a person', 'who is in Hudson 102?'],
    ],
  },
  {
    heading: 'Lists and digests',
    commands: [
      ['Upcoming', 'who is moving in next week?'],
      ['Subscribe this channel to a digest', 'digest daily 8am'],
      ['Stop the digest', 'digest off'],
    ],
  },
  {
    heading: 'Bulk',
    commands: [
      ['Import a CSV of move-ins', 'import move-ins.csv'],
      ['Move out a floor', 'move out everyone on Riverside floor 2 on Dec 31'],
    ],
  },
  {
    heading: 'Settings',
    commands: [
      ['Choose the site for this channel', 'use Hudson Yards'],
      ['Bind this channel to one site (approvers)', 'bind this channel to Hudson Yards'],
      ['Lift the binding (approvers)', 'unbind this channel'],
      ['List the sites', 'sites'],
      ['This list', 'help'],
    ],
  },
];

export function renderHelp(): string {
  const lines = ['Here is what I can do. Dates are in the site’s time zone.'];
  for (const section of HELP_SECTIONS) {
    lines.push('', section.heading);
    for (const [name, example] of section.commands) lines.push(`  ${name}: ${example}`);
  }
  return lines.join('\n');
}

const EXAMPLES_BY_TOPIC: [RegExp, string[]][] = [
  [
    /\b(out|leav|terminat|end)/i,
    [
      'move out John Smith from Hudson 203 on Dec 31',
      'terminate Maria Garcia',
      'upcoming move-outs',
    ],
  ],
  [
    /\b(who|find|where|list|upcoming|week|month)/i,
    ['who is in Hudson 102?', 'find Jane Doe', 'who is moving in next week?'],
  ],
  [/\b(digest|daily|every)/i, ['digest daily 8am', 'digest weekdays 7:30', 'digest off']],
];

const GENERAL_EXAMPLES = [
  'move in Jane Doe to Hudson 102 on March 1',
  'who is in Hudson 102?',
  'who is moving in next week?',
];

/** The reply to text Frontdesk cannot read: three examples that fit what was typed. */
export function renderNotUnderstood(input: string): string {
  const examples =
    EXAMPLES_BY_TOPIC.find(([pattern]) => pattern.test(input))?.[1] ?? GENERAL_EXAMPLES;
  return [
    `I didn't catch that. Try one of these:`,
    ...examples.map((example) => `  ${example}`),
    'Or type "help" for the full list.',
  ].join('\n');
}
