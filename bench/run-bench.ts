// `npm run bench [-- --quick]`: Frontdesk against bare baselines measured in the same run, on
// 127.0.0.1 only. Prints a table and writes bench/results.json.
import { readBenchOptions } from './lib/bench-options.js';
import { startChildServer } from './lib/child-server.js';
import type { LoadLevel } from './lib/compare-load.js';
import { loadCorpus } from './lib/corpus.js';
import { goalTable, RESULTS_PATH, writeResults, type GoalRow } from './lib/report.js';
import { ratio } from './lib/stats.js';
import { benchParseVsChrono } from './parts/parse-vs-chrono.js';
import { benchScale } from './parts/scale.js';
import { benchSlackAck } from './parts/slack-ack.js';
import { benchTeamsAck } from './parts/teams-ack.js';
import type { FakeEndpoints } from './servers/fakes.js';

const options = readBenchOptions(process.argv.slice(2));
const started = Date.now();
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Picks the worst ratios over all connection counts, because the goals hold at each one. */
function worst(levels: readonly LoadLevel[]) {
  return {
    p99: Math.max(...levels.map((level) => level.p99Ratio)),
    throughput: Math.min(...levels.map((level) => level.throughputRatio)),
  };
}

function levelLines(name: string, levels: readonly LoadLevel[]): string[] {
  return levels.map(
    (level) =>
      `${name} c=${level.connections}: bare ${level.baseline.requestsPerSecond} req/s ` +
      `p50 ${level.baseline.p50Ms} ms p99 ${level.baseline.p99Ms} ms | Frontdesk ` +
      `${level.subject.requestsPerSecond} req/s p50 ${level.subject.p50Ms} ms ` +
      `p99 ${level.subject.p99Ms} ms | p99 x${level.p99Ratio} throughput x${level.throughputRatio}` +
      ` | failures ${level.failures.baseline}/${level.failures.subject}`,
  );
}

say(`Frontdesk bench (${options.quick ? 'quick' : 'full'}), load ${options.loadSeconds} s per run`);
const corpus = await loadCorpus();
if (corpus.source !== 'shared corpus') {
  say('Parser corpus not found at ../shared/corpus; using the built-in sample sentences.');
}

say('parse + resolve vs chrono...');
const parse = benchParseVsChrono(corpus, options);
say('scale...');
const scale = await benchScale(options);

const fakes = await startChildServer({ script: 'bench/servers/fakes.ts', env: {} });
let slack;
let teams;
try {
  const endpoints = fakes.ready as FakeEndpoints;
  say('slack ack...');
  slack = await benchSlackAck(endpoints, options);
  say('teams...');
  teams = await benchTeamsAck(endpoints, options);
} finally {
  await fakes.stop();
}

const slackWorst = worst(slack.levels);
const teamsWorst = worst(teams);
const csv5k = scale.csv[scale.csv.length - 1]!;
const csv1k = scale.csv[0]!;
const ratios = {
  slackAckP99: slackWorst.p99,
  slackThroughput: slackWorst.throughput,
  teamsP99: teamsWorst.p99,
  teamsThroughput: teamsWorst.throughput,
  parseVsChrono: parse.ratio,
  resolve50kVs500: scale.resolve50kVs500,
  digest10kVsJson: scale.digestVsJson,
  idleRssVsBolt: ratio(slack.idleRssKb.subject, slack.idleRssKb.baseline),
};
const rows: GoalRow[] = [
  {
    key: 'slackAckP99',
    measure: 'Slack ack p99 / bare Bolt (worst of 1, 10, 50 conn.)',
    value: ratios.slackAckP99,
    goal: '≤ 1.15',
    met: ratios.slackAckP99 <= 1.15,
  },
  {
    key: 'slackThroughput',
    measure: 'Slack req/s / bare Bolt (worst)',
    value: ratios.slackThroughput,
    goal: '≥ 0.9',
    met: ratios.slackThroughput >= 0.9,
  },
  {
    key: 'teamsP99',
    measure: 'Teams p99 / bare CloudAdapter (worst)',
    value: ratios.teamsP99,
    goal: '≤ 1.15',
    met: ratios.teamsP99 <= 1.15,
  },
  {
    key: 'teamsThroughput',
    measure: 'Teams req/s / bare CloudAdapter (worst)',
    value: ratios.teamsThroughput,
    goal: '≥ 0.9',
    met: ratios.teamsThroughput >= 0.9,
  },
  {
    key: 'parseVsChrono',
    measure: 'parse + resolve time / chrono.parse time',
    value: ratios.parseVsChrono,
    goal: '≤ 1.5',
    met: ratios.parseVsChrono <= 1.5,
  },
  {
    key: 'resolve50kVs500',
    measure: 'resolve time, 50,000 / 500 units',
    value: ratios.resolve50kVs500,
    goal: '≤ 2',
    met: ratios.resolve50kVs500 <= 2,
  },
  {
    key: 'digest10kVsJson',
    measure: 'digest of 10,000 residents / JSON.parse of them',
    value: ratios.digest10kVsJson,
    goal: '≤ 3',
    met: ratios.digest10kVsJson <= 3,
  },
  {
    key: 'idleRssVsBolt',
    measure: 'idle RSS, Slack process / bare Bolt',
    value: ratios.idleRssVsBolt,
    goal: '≤ 1.3',
    met: ratios.idleRssVsBolt <= 1.3,
  },
];

say('');
say(goalTable(rows));
say('');
for (const line of [...levelLines('slack', slack.levels), ...levelLines('teams', teams)]) {
  say(line);
}
say(
  `parse: ${parse.sentences} sentences (${parse.corpusSource}); chrono ${parse.chronoPerSecond}/s, ` +
    `Frontdesk ${parse.frontdeskPerSecond}/s`,
);
for (const size of scale.resolve) {
  say(
    `resolve ${size.units} units: ${size.microsecondsPerResolve.toFixed(1)} µs each, index built in ${size.indexBuildMs.toFixed(0)} ms`,
  );
}
say(
  `10,000 residents: JSON.parse ${scale.jsonParseMs.toFixed(1)} ms, upcoming ${scale.upcomingMs.toFixed(1)} ms ` +
    `(x${scale.upcomingVsJson}), digest ${scale.digestMs.toFixed(1)} ms (x${scale.digestVsJson})`,
);
for (const run of scale.csv) {
  say(
    `CSV check ${run.rows} rows: ${run.ms.toFixed(0)} ms, ${run.retainedBytesPerRow} bytes retained per row`,
  );
}
say(
  `idle RSS: bare Bolt ${slack.idleRssKb.baseline} KiB, Frontdesk Slack ${slack.idleRssKb.subject} KiB`,
);
const csvGoalMet = csv5k.ms < 2_000 && csv5k.retainedBytesPerRow <= csv1k.retainedBytesPerRow * 1.2;
say(`CSV goal (5,000 rows < 2 s, per-row memory flat): ${csvGoalMet ? 'met' : 'missed'}`);

await writeResults({
  finishedAt: new Date().toISOString(),
  mode: options.quick ? 'quick' : 'full',
  durationSeconds: Math.round((Date.now() - started) / 1000),
  ratios,
  goals: rows,
  slack,
  teams,
  parse,
  scale,
  csvGoalMet,
});
say(`\nWrote ${RESULTS_PATH} after ${Math.round((Date.now() - started) / 1000)} s.`);
