import { afterEach, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';

import { startDigestHarness, postInstants, type DigestHarness } from './helpers/digest-harness.js';

// Hudson Yards is in America/New_York. In 2027 clocks spring forward on Sun, Mar 14 at 02:00
// and fall back on Sun, Nov 7 at 02:00.
describe('digest schedule across daylight-saving changes', () => {
  let harness: DigestHarness;

  afterEach(async () => {
    await harness.close();
  });

  async function subscribe(start: string, command: string): Promise<void> {
    harness = await startDigestHarness(start);
    await harness.say('use Hudson Yards');
    await harness.say(command);
  }

  it('posts 08:00 New York time before, on and after spring-forward', async () => {
    await subscribe('2027-03-11T00:00:00Z', 'digest daily 8am');

    await harness.tickEvery(
      harness.scheduler(),
      '2027-03-12T00:00:00Z',
      '2027-03-16T00:00:00Z',
      15,
    );

    expect(postInstants(harness.poster)).toEqual([
      '2027-03-12T13:00:00.000Z',
      '2027-03-13T13:00:00.000Z',
      '2027-03-14T12:00:00.000Z',
      '2027-03-15T12:00:00.000Z',
    ]);
    for (const post of harness.poster.posts) {
      expect(DateTime.fromJSDate(post.at, { zone: 'America/New_York' }).toFormat('HH:mm')).toBe(
        '08:00',
      );
    }
  });

  it('posts 08:00 New York time before, on and after fall-back', async () => {
    await subscribe('2027-11-04T00:00:00Z', 'digest daily 8am');

    await harness.tickEvery(
      harness.scheduler(),
      '2027-11-05T00:00:00Z',
      '2027-11-09T00:00:00Z',
      15,
    );

    expect(postInstants(harness.poster)).toEqual([
      '2027-11-05T12:00:00.000Z',
      '2027-11-06T12:00:00.000Z',
      '2027-11-07T13:00:00.000Z',
      '2027-11-08T13:00:00.000Z',
    ]);
  });

  it('posts 01:30 once on the fall-back day', async () => {
    await subscribe('2027-11-05T12:00:00Z', 'digest daily 1:30am');

    await harness.tickEvery(
      harness.scheduler(),
      '2027-11-06T00:00:00Z',
      '2027-11-08T12:00:00Z',
      15,
    );

    // 01:30 happens twice on Nov 7 (05:30Z in EDT, 06:30Z in EST), and the first one posts.
    expect(postInstants(harness.poster)).toEqual([
      '2027-11-06T05:30:00.000Z',
      '2027-11-07T05:30:00.000Z',
      '2027-11-08T06:30:00.000Z',
    ]);
  });

  it('posts 02:30 once on the spring-forward day', async () => {
    await subscribe('2027-03-12T00:00:00Z', 'digest daily 2:30am');

    await harness.tickEvery(
      harness.scheduler(),
      '2027-03-13T00:00:00Z',
      '2027-03-15T12:00:00Z',
      15,
    );

    // 02:30 does not exist on Mar 14, so the post goes out when the clock jumps to 03:00 EDT.
    expect(postInstants(harness.poster)).toEqual([
      '2027-03-13T07:30:00.000Z',
      '2027-03-14T07:00:00.000Z',
      '2027-03-15T06:30:00.000Z',
    ]);
  });

  it('lists the dates of the post’s own local day', async () => {
    await subscribe('2027-03-13T00:00:00Z', 'digest daily 8am next 2 days');

    await harness.tickAt(harness.scheduler(), '2027-03-14T12:00:00Z');

    const [post] = harness.poster.posts;
    const card = post?.replies[0];
    expect(card?.kind === 'card' ? card.card.title : '').toContain('Sun, Mar 14 – Mon, Mar 15');
  });
});
