import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { UnitMapping } from '../../src/elevenos/types.js';
import { readMappingsFile } from '../../src/units/read-mappings-file.js';

const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface Corpus {
  /** Where the sentences came from: the shared corpus, or the built-in sample when it is missing. */
  source: 'shared corpus' | 'built-in sample';
  sentences: string[];
  now: Date;
  zone: string;
  mappings: UnitMapping[];
}

const SAMPLE = [
  'move in Jane Doe to Hudson 102 on March 1',
  'Move in John Smith to Hudson 203 starting 1/15',
  'move Wei Chen into Riverside 2A tomorrow',
  'move out Sam Lee from Hudson 101 on Dec 31',
  'transfer Priya Nair from Hudson 201 to Hudson 305 next Monday',
  'who moves in this week',
  'extend Tom Reyes in Riverside 2B to June 30 2027',
  'help',
];

function sampleMappings(): UnitMapping[] {
  const mappings: UnitMapping[] = [];
  for (const building of ['Hudson', 'Riverside']) {
    for (let floor = 1; floor <= 4; floor += 1) {
      for (let unit = 0; unit < 10; unit += 1) {
        const name = building === 'Hudson' ? `${floor}0${unit}` : `${floor}${'ABCDEFGHJK'[unit]}`;
        mappings.push({
          building,
          floor: String(floor),
          unit: name,
          vlan: String(mappings.length + 100),
          ssid: `${building} Residents`,
          passphrase: null,
        });
      }
    }
  }
  return mappings;
}

/** Reads the parser corpus beside the repository, or returns a small built-in sample. */
export async function loadCorpus(): Promise<Corpus> {
  const commandsPath = `${CORPUS_DIR}commands.jsonl`;
  if (!existsSync(commandsPath)) {
    return {
      source: 'built-in sample',
      sentences: SAMPLE,
      now: new Date('2026-12-04T15:00:00Z'),
      zone: 'America/New_York',
      mappings: sampleMappings(),
    };
  }
  const lines = (await readFile(commandsPath, 'utf8')).split('\n').filter((line) => line !== '');
  const context = JSON.parse(await readFile(`${CORPUS_DIR}context.json`, 'utf8')) as {
    now: string;
    zone: string;
    mappings: string;
  };
  return {
    source: 'shared corpus',
    sentences: lines.map((line) => (JSON.parse(line) as { text: string }).text),
    now: new Date(context.now),
    zone: context.zone,
    mappings: await readMappingsFile(`${CORPUS_DIR}${context.mappings}`),
  };
}
