import { readFile } from 'node:fs/promises';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import type { PanelState } from '../../adapters/web/site-panel.js';
import type { Transcript } from '../../adapters/web/web-session.js';
import type { Card } from '../../src/bot/replies.js';
import { startPlayground, type PlaygroundHarness } from './helpers/playground-harness.js';
import { rawRequest } from './helpers/raw-request.js';

describe('web playground API', () => {
  let web: PlaygroundHarness;

  beforeEach(async () => {
    web = await startPlayground();
  });

  afterEach(async () => {
    await web.close();
  });

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return rawRequest({
      port: web.port,
      method: 'POST',
      path,
      headers: {
        host: `127.0.0.1:${web.port}`,
        origin: web.origin,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify(body),
    });
  }

  async function postJson<T>(path: string, body: unknown): Promise<T> {
    const response = await post(path, body);
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as T;
  }

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${web.origin}${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  function lastCard(transcript: Transcript): { entryId: number; card: Card } {
    const entry = transcript.entries.findLast((each) => each.reply.kind === 'card');
    if (entry?.reply.kind !== 'card') throw new Error('the transcript has no card');
    return { entryId: entry.id, card: entry.reply.card };
  }

  function cardAt(transcript: Transcript, entryId: number): Card {
    const entry = transcript.entries.find((each) => each.id === entryId);
    if (entry?.reply.kind !== 'card') throw new Error(`entry ${entryId} is not a card`);
    return entry.reply.card;
  }

  function actionOf(card: Card, label: string) {
    const action = card.actions.find((each) => each.label === label);
    if (action === undefined) throw new Error(`the card has no ${label} button`);
    return action;
  }

  it('rejects a foreign Host header', async () => {
    const response = await rawRequest({
      port: web.port,
      method: 'GET',
      path: '/api/transcript',
      headers: { host: `attacker.example:${web.port}` },
    });
    expect(response.status).toBe(403);
    expect(response.body).toContain('Host header');
  });

  it('rejects the right name on another port', async () => {
    const response = await rawRequest({
      port: web.port,
      method: 'GET',
      path: '/',
      headers: { host: `127.0.0.1:${web.port + 1}` },
    });
    expect(response.status).toBe(403);
  });

  it('accepts localhost as the Host', async () => {
    const response = await rawRequest({
      port: web.port,
      method: 'GET',
      path: '/api/transcript',
      headers: { host: `localhost:${web.port}` },
    });
    expect(response.status).toBe(200);
  });

  it('rejects a foreign Origin', async () => {
    const response = await post('/api/message', { text: 'help' }, { origin: 'http://evil.test' });
    expect(response.status).toBe(403);
    expect(web.playground.session.transcript().entries).toEqual([]);
  });

  it('rejects a form-encoded post', async () => {
    const response = await post('/api/message', 'text=help', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
  });

  it('rejects a JSON body over the cap', async () => {
    const response = await post('/api/message', { text: 'x'.repeat(3 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(web.playground.session.transcript().entries).toEqual([]);
  });

  it('rejects a streamed upload over the cap', async () => {
    const response = await rawRequest({
      port: web.port,
      method: 'POST',
      path: '/api/upload',
      headers: {
        host: `127.0.0.1:${web.port}`,
        'content-type': 'text/csv',
        'transfer-encoding': 'chunked',
      },
      body: Buffer.alloc(11 * 1024 * 1024, 'a'),
      chunked: true,
    });
    expect(response.status).toBe(413);
  });

  it('rejects a message that is not text', async () => {
    const response = await post('/api/message', { text: 42 });
    expect(response.status).toBe(400);
  });

  it('confirms a move-in through a card round trip', async () => {
    const proposed = await postJson<Transcript>('/api/message', {
      text: 'move in Jane Doe to Hudson 102 on March 1',
    });
    const { entryId, card } = lastCard(proposed);
    expect(card.title).toBe('Move in Jane Doe → Hudson 102 (floor 1) · Hudson Yards');
    expect(card.actions.map((action) => action.label)).toEqual(['Confirm', 'Edit', 'Cancel']);

    const confirm = actionOf(card, 'Confirm');
    const done = await postJson<Transcript>('/api/action', {
      entryId,
      actionId: confirm.id,
      value: confirm.value,
    });
    expect(cardAt(done, entryId).title).toMatch(/^Scheduled: Jane Doe → Hudson 102/);

    const panel = await getJson<PanelState>('/api/panel');
    expect(panel.site.name).toBe('Hudson Yards');
    expect(panel.residents).toContainEqual({
      name: 'Jane Doe',
      unit: 'Hudson 102',
      status: 'scheduled',
      moveIn: '2027-03-01',
      moveOut: null,
    });
  });

  it('rejects a click on a button the card does not offer', async () => {
    const proposed = await postJson<Transcript>('/api/message', {
      text: 'move in Jane Doe to Hudson 102 on March 1',
    });
    const { entryId, card } = lastCard(proposed);
    const response = await post('/api/action', {
      entryId,
      actionId: 'confirm',
      value: `${actionOf(card, 'Confirm').value}-forged`,
    });
    expect(response.status).toBe(409);

    const panel = await getJson<PanelState>('/api/panel');
    expect(panel.residents.map((resident) => resident.name)).not.toContain('Jane Doe');
  });

  it('rejects a second click on a confirmed card', async () => {
    const proposed = await postJson<Transcript>('/api/message', {
      text: 'move in Jane Doe to Hudson 102 on March 1',
    });
    const { entryId, card } = lastCard(proposed);
    const confirm = actionOf(card, 'Confirm');
    await postJson('/api/action', { entryId, actionId: confirm.id, value: confirm.value });
    const again = await post('/api/action', {
      entryId,
      actionId: confirm.id,
      value: confirm.value,
    });
    expect(again.status).toBe(409);
  });

  it('edits a proposal through the form', async () => {
    const proposed = await postJson<Transcript>('/api/message', {
      text: 'move in Jane Doe to Hudson 102 on March 1',
    });
    const { entryId, card } = lastCard(proposed);
    const proposalId = actionOf(card, 'Edit').value;

    const { form } = await getJson<{ form: { fields: string[]; values: Record<string, string> } }>(
      `/api/edit-form?entry=${entryId}&proposal=${proposalId}`,
    );
    expect(form.fields).toContain('startDate');
    expect(form.values.startDate).toBe('2027-03-01');

    const invalid = await postJson<{ errors: Record<string, string> | null }>('/api/edit', {
      entryId,
      proposalId,
      values: { startDate: '03/05/2027' },
    });
    expect(invalid.errors).toEqual({ startDate: 'Enter a date as YYYY-MM-DD.' });

    const saved = await postJson<{ errors: null; transcript: Transcript }>('/api/edit', {
      entryId,
      proposalId,
      values: { startDate: '2027-03-05' },
    });
    expect(saved.errors).toBeNull();
    expect(cardAt(saved.transcript, entryId).fields[0]?.value).toContain('Mar 5, 2027');
  });

  it('rejects an edit field the form does not have', async () => {
    const response = await post('/api/edit', {
      entryId: 1,
      proposalId: 'p',
      values: { ssid: 'x' },
    });
    expect(response.status).toBe(400);
  });

  it('previews an uploaded CSV', async () => {
    const csv = await readFile('test/fixtures/bulk/move-ins-mixed.csv', 'utf8');
    const response = await rawRequest({
      port: web.port,
      method: 'POST',
      path: '/api/upload',
      headers: {
        host: `127.0.0.1:${web.port}`,
        origin: web.origin,
        'content-type': 'text/csv',
        'x-file-name': encodeURIComponent('C:\\Users\\me\\move-ins-mixed.csv'),
      },
      body: csv,
    });
    expect(response.status).toBe(200);
    const transcript = JSON.parse(response.body) as Transcript;
    const { card } = lastCard(transcript);
    expect(card.title).toBe('move-ins-mixed.csv → Hudson Yards: 19 rows');
    expect(card.fields[0]).toEqual({ label: 'Rows', value: '3 ready · 16 need a fix' });
    expect(card.actions.map((action) => action.label)).toEqual([
      'Send 3 rows',
      'Problems CSV',
      'Cancel',
    ]);
  });

  it('serves the problems CSV of an upload as a download', async () => {
    const csv = await readFile('test/fixtures/bulk/move-ins-mixed.csv', 'utf8');
    const uploaded = await rawRequest({
      port: web.port,
      method: 'POST',
      path: '/api/upload',
      headers: {
        host: `127.0.0.1:${web.port}`,
        origin: web.origin,
        'content-type': 'text/csv',
        'x-file-name': 'move-ins-mixed.csv',
      },
      body: csv,
    });
    const { entryId, card } = lastCard(JSON.parse(uploaded.body) as Transcript);
    const problems = card.actions.find((action) => action.label === 'Problems CSV')!;
    const transcript = await postJson<Transcript>('/api/action', {
      entryId,
      actionId: problems.id,
      value: problems.value,
    });
    const reply = transcript.entries.at(-1)!.reply;
    const link = reply.kind === 'text' ? /\/files\/[\w-]+\.csv/.exec(reply.text)?.[0] : undefined;
    expect(link).toBeDefined();

    const download = await fetch(`${web.origin}${link}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="problems-/);
    expect((await download.text()).split('\n').length).toBeGreaterThan(16);
  });

  it('serves no file outside the bulk files folder', async () => {
    const response = await fetch(`${web.origin}/files/..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(404);
  });

  it('points a typed import to the upload button', async () => {
    const transcript = await postJson<Transcript>('/api/message', { text: 'import /etc/passwd' });
    const reply = transcript.entries.at(-1)!.reply;

    expect(reply).toEqual({
      kind: 'text',
      text: 'The web playground does not read file paths. Use the "Upload a CSV of move-ins" button on this page to import a file.',
    });
  });

  it('shows worker posts in the chat', async () => {
    await web.playground.poster.post('playground', [{ kind: 'text', text: 'Digest: nothing' }]);
    const transcript = await getJson<Transcript>('/api/transcript');
    expect(transcript.entries.map((entry) => entry.reply)).toEqual([
      { kind: 'text', text: 'Digest: nothing' },
    ]);
  });

  it('switches the panel with use', async () => {
    await postJson('/api/message', { text: 'use Sunset Terrace' });
    const panel = await getJson<PanelState>('/api/panel');
    expect(panel.site.name).toBe('Sunset Terrace');
    expect(panel.sites.map((site) => site.name)).toContain('Hudson Yards');
  });

  it('shows digest settings with their buttons', async () => {
    const transcript = await postJson<Transcript>('/api/message', {
      text: 'digest daily 8am for Hudson Yards',
    });
    const { card } = lastCard(transcript);
    expect(card.fields.map((field) => field.label)).toContain('Schedule');
    expect(card.actions.map((action) => action.id)).toContain('digest_now');
  });

  it('serves a page that loads nothing from other hosts', async () => {
    const response = await fetch(`${web.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const path of ['/', '/app.js', '/style.css']) {
      const body = await (await fetch(`${web.origin}${path}`)).text();
      expect(body).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    }
  });

  it('serves the health route', async () => {
    const response = await fetch(`${web.origin}/healthz`);
    expect(response.status).toBe(200);
  });
});
