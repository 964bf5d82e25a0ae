// Recognises the sentences that act on many residents at once:
//   "move out everyone on Riverside floor 2 on Dec 31", "terminate everyone in Hudson now",
//   "purge all terminated residents at Hudson".

export type BulkSentence =
  | { kind: 'move_out'; scope: string; when: string | null }
  | { kind: 'terminate'; scope: string }
  | { kind: 'purge'; scope: string | null };

const EVERYONE = String.raw`(?:everyone|everybody|all(?:\s+the)?(?:\s+(?:current|active))?(?:\s+residents)?)`;
const MOVE_OUT = new RegExp(
  String.raw`^(?:please\s+)?(move[\s-]?out|terminate|end\s+(?:wi-?fi|service|access)\s+for)\s+${EVERYONE}\s+(?:on|in|at|from|of)\s+(.+)$`,
  'i',
);
const PURGE = new RegExp(
  String.raw`^(?:please\s+)?(?:terminate\s+and\s+)?purge\s+(?:all|every|everyone)(?:\s+the)?\s+(?:terminated|former|past|ended)(?:\s+(?:residents?|people|records))?(?:\s+(?:at|in|on|from|of)\s+(.+))?$`,
  'i',
);
const NOW = /\s+(?:right\s+now|now|immediately)$/i;
// The last "on" or "by" starts the date: "on Riverside floor 2 on Dec 31".
const DATE_TAIL = /^(.+)\s+(?:on|by)\s+(.+)$/i;
const DAY_WORD_TAIL = /^(.+?)\s+(today|tonight|tomorrow|yesterday)$/i;

/** Reads a bulk sentence, or returns null for anything else. */
export function readBulkSentence(text: string): BulkSentence | null {
  const input = text
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  const purge = PURGE.exec(input);
  if (purge !== null) return { kind: 'purge', scope: purge[1]?.trim() ?? null };

  const moveOut = MOVE_OUT.exec(input);
  if (moveOut === null) return null;
  const verb = moveOut[1]!.toLowerCase();
  let rest = moveOut[2]!.trim();
  if (NOW.test(rest)) return { kind: 'terminate', scope: rest.replace(NOW, '').trim() };

  let when: string | null = null;
  const dated = DATE_TAIL.exec(rest) ?? DAY_WORD_TAIL.exec(rest);
  if (dated !== null) {
    rest = dated[1]!.trim();
    when = dated[2]!.trim();
  }
  // "terminate everyone on floor 2" with no date ends Wi-Fi now, as "terminate <name>" does.
  if (when === null && !verb.startsWith('move')) return { kind: 'terminate', scope: rest };
  return { kind: 'move_out', scope: rest, when };
}
