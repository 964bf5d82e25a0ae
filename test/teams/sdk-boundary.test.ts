import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from '@jest/globals';

const ROOT = join(import.meta.dirname, '..', '..');
const SDK_IMPORT = /from '(botbuilder[^']*|botframework-[^']*)'/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('Bot Framework SDK boundary', () => {
  it('imports botbuilder only under adapters/teams/bot-framework', () => {
    const importers = ['src', 'adapters', 'bin', 'scripts']
      .flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .filter((file) => SDK_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));

    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(file).toMatch(/^adapters\/teams\/bot-framework\//);
  });
});
