import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unzipSync } from 'fflate';

import { APP_ID } from './helpers/fake-identity.js';

const run = promisify(execFile);

interface Manifest {
  id: string;
  manifestVersion: string;
  version: string;
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
}

/** Width, height and RGBA pixels of an 8-bit RGBA PNG without interlacing. */
function readPng(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const colorType = buffer[25];
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  return { width, height, colorType, raw: inflateSync(Buffer.concat(idat)) };
}

describe('npm run teams:package', () => {
  let directory: string;
  let files: Record<string, Uint8Array>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-package-'));
    const out = join(directory, 'frontdesk-teams.zip');
    await run('npm', ['run', '--silent', 'teams:package', '--', '--out', out], {
      env: { ...process.env, MicrosoftAppId: APP_ID },
    });
    files = unzipSync(readFileSync(out));
  }, 60_000);

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  const manifest = () =>
    JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;

  it('puts the manifest and both icons at the root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('writes the bot id into the manifest', () => {
    expect(manifest().id).toBe(APP_ID);
    expect(manifest().bots[0]!.botId).toBe(APP_ID);
    expect(JSON.stringify(manifest())).not.toContain('{{');
  });

  it('uses a current manifest schema', () => {
    expect(Number(manifest().manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(manifest().version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists the commands for every scope', () => {
    const [list] = manifest().bots[0]!.commandLists;

    expect(list!.commands.map((command) => command.title)).toEqual([
      'help',
      'move in',
      'move out',
      'upcoming',
      'digest',
    ]);
    expect(list!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const command of list!.commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('ships a 192 by 192 colour icon', () => {
    const color = readPng(files[manifest().icons.color]!);

    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('ships a 32 by 32 outline icon in white on transparent', () => {
    const outline = readPng(files[manifest().icons.outline]!);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);

    const stride = 1 + outline.width * 4;
    for (let y = 0; y < outline.height; y++) {
      expect(outline.raw[y * stride]).toBe(0);
      for (let x = 0; x < outline.width; x++) {
        const [r, g, b, a] = outline.raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4);
        expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
      }
    }
  });

  it('refuses an app id that is not one', async () => {
    await expect(
      run('npm', ['run', '--silent', 'teams:package', '--', '--out', join(directory, 'x.zip')], {
        env: { ...process.env, MicrosoftAppId: 'frontdesk-bot' },
      }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('MicrosoftAppId must be an application id'),
    });
  }, 30_000);
});
