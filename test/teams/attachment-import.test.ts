import { readFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { FILE_DOWNLOAD_INFO } from '../../adapters/teams/file-attachments.js';
import { mentionActivity, messageActivity } from './helpers/activities.js';
import { actionsOf, cardOf, textOf } from './helpers/card-queries.js';
import { cardWarnings } from './helpers/card-warnings.js';
import { startLocalServer, type LocalServer } from './helpers/http-server.js';
import { startTeamsFrontdesk, type TeamsFrontdesk } from './helpers/teams-harness.js';

const MIXED_CSV = readFileSync('test/fixtures/bulk/move-ins-mixed.csv', 'utf8');

function fileAttachment(name: string, downloadUrl: string, fileType = 'csv') {
  return {
    contentType: FILE_DOWNLOAD_INFO,
    contentUrl: `https://contoso-my.sharepoint.com/personal/maria/Documents/${name}`,
    name,
    content: { downloadUrl, uniqueId: 'B0FAKE00-0000-0000-0000-000000000001', fileType },
  };
}

/** Returns all text of a posted activity, whether Teams shows it as text or as a card. */
function shown(activity: Record<string, unknown>): string {
  return JSON.stringify(activity);
}

describe('Teams attachment import', () => {
  let harness: TeamsFrontdesk;
  let files: LocalServer;
  let downloads: string[];

  beforeEach(async () => {
    downloads = [];
    files = await startLocalServer((request, response) => {
      downloads.push(request.url ?? '');
      if (request.url === '/download/move-ins-mixed.csv') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(MIXED_CSV);
        return;
      }
      response.writeHead(404).end();
    });
    harness = await startTeamsFrontdesk({ fileTestOrigin: files.url });
  });

  afterEach(async () => {
    await harness.close();
    await files.close();
  });

  it('previews an attached CSV as a valid card', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = {
      ...messageActivity('', { serviceUrl }),
      attachments: [
        fileAttachment('move-ins-mixed.csv', `${files.url}/download/move-ins-mixed.csv`),
      ],
    };

    const response = await harness.post(activity);
    const [posted] = await harness.connector.waitFor('POST', 1);
    const card = cardOf(posted!.activity);

    expect(response.status).toBe(200);
    expect(downloads).toEqual(['/download/move-ins-mixed.csv']);
    expect(cardWarnings(card)).toEqual([]);
    expect(textOf(card)).toContain('move-ins-mixed.csv → Hudson Yards: 19 rows');
    expect(textOf(card)).toContain('3 ready · 16 need a fix');
    expect(actionsOf(card).map((action) => action.title)).toEqual([
      'Send 3 rows',
      'Problems CSV',
      'Cancel',
    ]);
  });

  it('takes the site named with the file', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = {
      ...messageActivity('import these at Sunset Terrace', { serviceUrl }),
      attachments: [
        fileAttachment('move-ins-mixed.csv', `${files.url}/download/move-ins-mixed.csv`),
      ],
    };

    await harness.post(activity);
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(textOf(cardOf(posted!.activity))).toContain('move-ins-mixed.csv → Sunset Terrace');
  });

  it('rejects a plain http link', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = {
      ...messageActivity('', { serviceUrl }),
      attachments: [fileAttachment('move-ins-mixed.csv', 'http://files.example.com/a.csv')],
    };

    await harness.post(activity);
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(shown(posted!.activity)).toContain('Could not import move-ins-mixed.csv');
    expect(shown(posted!.activity)).toContain('not on the file host Frontdesk trusts');
    expect(downloads).toEqual([]);
  });

  it('says only CSV files are imported', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = {
      ...messageActivity('', { serviceUrl }),
      attachments: [
        fileAttachment('residents.xlsx', `${files.url}/download/residents.xlsx`, 'xlsx'),
      ],
    };

    await harness.post(activity);
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(shown(posted!.activity)).toContain('CSV files only');
    expect(shown(posted!.activity)).toContain('residents.xlsx is not a CSV file');
    expect(downloads).toEqual([]);
  });

  it('ignores inline html attachments in a channel', async () => {
    const serviceUrl = harness.connector.serviceUrl;
    const activity = {
      ...mentionActivity('sites', { serviceUrl }),
      attachments: [
        { contentType: 'text/html', content: '<div><at>Frontdesk</at> sites <img src="x"></div>' },
      ],
    };

    await harness.post(activity);
    const [posted] = await harness.connector.waitFor('POST', 1);

    expect(shown(posted!.activity)).toContain('Hudson Yards');
    expect(downloads).toEqual([]);
  });
});
