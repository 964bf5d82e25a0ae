import { readFile } from 'node:fs/promises';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';

import { launchChromium, type HeadlessChromium } from './helpers/chromium.js';
import { startPlayground, type PlaygroundHarness } from './helpers/playground-harness.js';

/** Bounds every wait: generous for a loaded 2-core machine, short of jest's limit. */
const WAIT_MS = 15_000;

describe('web playground in Chromium', () => {
  let browser: HeadlessChromium;
  let web: PlaygroundHarness;
  let page: Page;
  let outsideRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    outsideRequests = [];
    web = await startPlayground();
    page = await browser.context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('request', (request) => {
      if (!request.url().startsWith(web.origin)) outsideRequests.push(request.url());
    });
    await page.goto(web.playground.url);
    // The side panel has read the sandbox once the status names the site.
    await page.getByRole('status').filter({ hasText: 'Hudson Yards' }).waitFor();
  }, 30_000);

  afterEach(async () => {
    await page.close();
    await web.close();
    expect(outsideRequests).toEqual([]);
  });

  async function send(text: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Message' }).fill(text);
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
  }

  it(
    'confirms a move-in and shows the resident',
    async () => {
      await send('move in Jane Doe to Hudson 102 on March 1');
      const card = page.getByRole('article', {
        name: 'Move in Jane Doe → Hudson 102 (floor 1) · Hudson Yards',
      });
      await card.getByRole('button', { name: 'Confirm' }).click();

      await page
        .getByRole('article', { name: /^Scheduled: Jane Doe → Hudson 102/ })
        .getByRole('button', { name: 'Undo' })
        .waitFor();
      const row = page
        .getByRole('table', { name: 'Residents' })
        .getByRole('row')
        .filter({ hasText: 'Jane Doe' });
      await row.waitFor();
      expect(await row.getByRole('cell').allInnerTexts()).toEqual([
        'Jane Doe',
        'Hudson 102',
        'scheduled',
        '2027-03-01',
        '',
      ]);

      await page.screenshot({ path: 'docs/playground.png' });
    },
    WAIT_MS * 3,
  );

  it(
    'answers an ambiguous unit by clicking',
    async () => {
      await send('Move in Keisha Brown to 102 on March 1');
      await page
        .getByRole('article', {
          name: 'That unit is at Hudson Yards and Sunset Terrace. Which site?',
        })
        .getByRole('button', { name: 'Hudson Yards' })
        .click();
      await page
        .getByRole('article', { name: /^Which 102\?/ })
        .getByRole('button', { name: 'Hudson 102' })
        .click();

      await page
        .getByRole('article', {
          name: 'Move in Keisha Brown → Hudson 102 (floor 1) · Hudson Yards',
        })
        .getByRole('button', { name: 'Confirm' })
        .waitFor();
    },
    WAIT_MS * 3,
  );

  it(
    'edits the move-in date in the form',
    async () => {
      await send('move in Jane Doe to Hudson 102 on March 1');
      await page
        .getByRole('article', { name: 'Move in Jane Doe → Hudson 102 (floor 1) · Hudson Yards' })
        .getByRole('button', { name: 'Edit' })
        .click();
      const form = page.getByRole('form', { name: 'Edit this proposal' });
      await form.getByLabel('Move-in date').fill('2027-03-05');
      await form.getByRole('button', { name: 'Save changes' }).click();

      await page.getByText('Fri, Mar 5, 2027, 6:00 AM EST (11:00 UTC)').waitFor();
      expect(await form.count()).toBe(0);
    },
    WAIT_MS * 3,
  );

  it(
    'uploads a CSV and shows the preview counts',
    async () => {
      const csv = await readFile('test/fixtures/bulk/move-ins-mixed.csv');
      await page
        .getByLabel('Upload a CSV of move-ins')
        .setInputFiles({ name: 'move-ins-mixed.csv', mimeType: 'text/csv', buffer: csv });

      const preview = page.getByRole('article', {
        name: 'move-ins-mixed.csv → Hudson Yards: 19 rows',
      });
      await preview.getByText('3 ready · 16 need a fix').waitFor();
      await preview.getByRole('button', { name: 'Send 3 rows' }).waitFor();
      await preview.getByRole('button', { name: 'Problems CSV' }).waitFor();
    },
    WAIT_MS * 3,
  );
});
