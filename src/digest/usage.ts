/** The digest commands with one example each, for "digest help" and unreadable commands. */
export const DIGEST_USAGE = [
  'Digest commands for this channel:',
  '• digest daily 8am: post every day at 8:00 AM in the site’s time zone',
  '• digest weekdays 7:30 / digest mondays 9:00 next 14 days: other days and look-ahead',
  '• digest daily 8am for Hudson Yards and Sunset Terrace: choose the sites',
  '• digest daily 8am in America/Chicago: another time zone',
  '• digest move-ins only / digest include move-outs',
  '• digest skip empty / digest post empty: whether an empty list is posted',
  '• digest now, digest pause, digest resume, digest off, digest settings',
].join('\n');

export const NO_DIGEST =
  'This channel has no digest. Set one up with "digest daily 8am" (add "for <site>" if the channel works on no site yet).';
