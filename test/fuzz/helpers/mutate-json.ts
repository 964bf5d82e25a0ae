// Builds random variants of a valid JSON payload: fields removed, retyped, replaced by huge
// strings, and prototype keys ("__proto__", "constructor") added as own properties.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Edit =
  | { kind: 'delete'; path: number[] }
  | { kind: 'replace'; path: number[]; value: Json }
  | { kind: 'add'; path: number[]; key: string; value: Json };

export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'x'.repeat(length));

/** Random JSON values, with prototype keys and huge strings among them. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 }))
      .map(
        ([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Json,
      ),
  },
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: fc.array(fc.nat(), { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.array(fc.nat(), { maxLength: 4 }),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.array(fc.nat(), { maxLength: 4 }),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
    value: anyJson,
  }),
);

function isContainer(value: Json): value is Json[] | { [key: string]: Json } {
  return typeof value === 'object' && value !== null;
}

/** Follows `path` (child indexes taken modulo the child count) and returns parent and key. */
function locate(
  root: Json,
  path: number[],
): { parent: Json[] | { [key: string]: Json }; key: string } | null {
  let parent: Json = root;
  let key: string | null = null;
  for (const step of path) {
    const current: Json = key === null ? parent : (parent as Record<string, Json>)[key]!;
    if (!isContainer(current)) break;
    const keys: string[] = Object.keys(current);
    if (keys.length === 0) break;
    parent = current;
    key = keys[step % keys.length]!;
  }
  return key === null || !isContainer(parent) ? null : { parent, key };
}

function applyEdit(root: Json, change: Edit): void {
  const place = locate(root, change.path);
  if (change.kind === 'add') {
    const target = place === null ? root : (place.parent as Record<string, Json>)[place.key]!;
    if (isContainer(target) && !Array.isArray(target)) {
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return;
  }
  if (place === null) return;
  if (change.kind === 'delete') {
    if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
    else delete place.parent[place.key];
    return;
  }
  (place.parent as Record<string, Json>)[place.key] = change.value;
}

/** Variants of `template`: a deep copy with zero to `maxEdits` random edits applied. */
export function mutated(template: Json, maxEdits = 4): fc.Arbitrary<Json> {
  return fc.array(edit, { maxLength: maxEdits }).map((edits) => {
    const copy = JSON.parse(JSON.stringify(template)) as Json;
    for (const change of edits) applyEdit(copy, change);
    return copy;
  });
}

/** Lists keys that appeared on Object.prototype, which a parser must never add. */
export function prototypePollution(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((key) => !BUILT_IN.has(key));
}

const BUILT_IN = new Set(Object.getOwnPropertyNames(Object.prototype));
