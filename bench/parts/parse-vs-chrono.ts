import * as chrono from 'chrono-node';

import { parseCommand } from '../../src/parse/parse-command.js';
import type { BenchOptions } from '../lib/bench-options.js';
import type { Corpus } from '../lib/corpus.js';
import { median, ratio, timeLoop } from '../lib/stats.js';

export interface ParseResult {
  sentences: number;
  corpusSource: Corpus['source'];
  chronoPerSecond: number;
  frontdeskPerSecond: number;
  /** Frontdesk's time per sentence over chrono's. */
  ratio: number;
}

/**
 * Times parse + unit resolution (parseCommand with the site's mappings) against chrono-node's
 * own `parse` with the same reference instant, sentence for sentence, interleaved.
 */
export function benchParseVsChrono(corpus: Corpus, options: BenchOptions): ParseResult {
  const { sentences, now, zone, mappings } = corpus;
  const context = { now, zone, mappings };
  const passes = options.quick ? 20 : 60;
  const iterations = sentences.length * passes;
  const chronoOnce = (i: number) => chrono.parse(sentences[i % sentences.length]!, now);
  const ownOnce = (i: number) => parseCommand(sentences[i % sentences.length]!, context);

  // Warm both up so the JIT has compiled each before anything is timed.
  timeLoop(iterations, chronoOnce);
  timeLoop(iterations, ownOnce);
  const chronoMs: number[] = [];
  const ownMs: number[] = [];
  for (let round = 0; round < options.repeats; round += 1) {
    chronoMs.push(timeLoop(iterations, chronoOnce));
    ownMs.push(timeLoop(iterations, ownOnce));
  }
  const chronoMedian = median(chronoMs);
  const ownMedian = median(ownMs);
  return {
    sentences: sentences.length,
    corpusSource: corpus.source,
    chronoPerSecond: Math.round((iterations / chronoMedian) * 1000),
    frontdeskPerSecond: Math.round((iterations / ownMedian) * 1000),
    ratio: ratio(ownMedian, chronoMedian),
  };
}
