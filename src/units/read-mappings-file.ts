// Reads unit mappings from a JSON file: the ElevenOS response envelope
// `{"Error": null, "Mappings": [...]}` with PascalCase keys, or a bare list in either case style.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { UnitMapping } from '../elevenos/types.js';

const level = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

const row = z
  .object({
    Building: level,
    Floor: level,
    Unit: level,
    VLAN: level,
    SSID: level,
    Passphrase: level,
    building: level,
    floor: level,
    unit: level,
    vlan: level,
    ssid: level,
    passphrase: level,
  })
  .partial()
  .transform((value): UnitMapping => ({
    building: value.Building ?? value.building ?? null,
    floor: value.Floor ?? value.floor ?? null,
    unit: value.Unit ?? value.unit ?? null,
    vlan: value.VLAN ?? value.vlan ?? '',
    ssid: value.SSID ?? value.ssid ?? '',
    passphrase: value.Passphrase ?? value.passphrase ?? null,
  }));

const mappingsFile = z.union([
  z.array(row),
  z.object({ Mappings: z.array(row) }).transform((value) => value.Mappings),
  z.object({ mappings: z.array(row) }).transform((value) => value.mappings),
]);

/** Reads and checks a mappings file; throws an Error naming the file when it is unusable. */
export async function readMappingsFile(path: string): Promise<UnitMapping[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read mappings file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = mappingsFile.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Mappings file ${path} is not a list of mappings or an object with a "Mappings" list`,
    );
  }
  return parsed.data;
}
