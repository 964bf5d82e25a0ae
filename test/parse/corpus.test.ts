import { parseCommand } from '../../src/parse/parse-command.js';
import { corpusContext, corpusMappings, readCorpusFile, wrongFields } from './corpus-helpers.js';

const context = corpusContext(corpusMappings());

describe('parseCommand on the shared corpus', () => {
  it.each(readCorpusFile('commands.jsonl').map((c) => [c.text, c.expect] as const))(
    'parses %s',
    (text, wanted) => {
      expect(wrongFields(wanted, parseCommand(text, context))).toEqual([]);
    },
  );
});

describe('parseCommand on the known faults', () => {
  it.each(readCorpusFile('known-faults.jsonl').map((c) => [c.text, c.expect] as const))(
    'parses %s',
    (text, wanted) => {
      expect(wrongFields(wanted, parseCommand(text, context))).toEqual([]);
    },
  );
});
