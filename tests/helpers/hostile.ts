import fc from 'fast-check';

/**
 * What a compromised or buggy renderer can put in a bridge call: anything the structured clone of
 * Electron's IPC carries (no functions or class instances, but NaN, BigInt, Dates, Maps, typed arrays,
 * own `__proto__` keys), at sizes no form would produce.
 */
const MB = 1024 * 1024;
/** Made once: a few MB each, shared by every payload that uses them. */
export const HUGE_STRINGS = ['a'.repeat(5 * MB), '../'.repeat(MB), `${'\u202e'.repeat(1000)}${'x'.repeat(2 * MB)}`];

/** Paths a renderer could name: outside the library, traversals, Windows shares, devices and streams. */
export function hostilePaths(outside: { secretFile: string; secretDir: string; library: string; home: string }): string[] {
  return [
    outside.secretFile,
    outside.secretDir,
    `${outside.secretDir}/`,
    outside.home,
    `${outside.library}/../secret.txt`,
    `${outside.library}/calls/../../secret.txt`,
    `${outside.secretDir}/../../../../../../etc/passwd`,
    `${outside.secretFile}\0.wav`,
    `${outside.secretFile}/`,
    '/etc/passwd',
    '/dev/zero',
    '/dev/stdin',
    '/proc/self/environ',
    '/',
    '../../../../etc/passwd',
    '..\\..\\..\\Windows\\win.ini',
    'relative.wav',
    '~/secret.txt',
    'file:///etc/passwd',
    '\\\\server\\share\\call.wav',
    '\\\\127.0.0.1\\c$\\Windows\\win.ini',
    '//server/share/call.wav',
    '\\\\?\\C:\\Windows\\win.ini',
    '\\\\.\\PhysicalDrive0',
    '\\\\?\\UNC\\server\\share\\call.wav',
    '\\??\\C:\\Windows\\win.ini',
    'C:\\Windows\\System32\\config\\SAM',
    'C:\\calls\\CON',
    'C:\\calls\\nul.wav',
    'C:\\calls\\COM1.mp3',
    'C:\\calls\\LPT9',
    'C:\\calls\\call.wav.',
    'C:\\calls\\call.wav ',
    'C:\\calls\\call.wav::$DATA',
    'C:\\calls\\call.wav:hidden',
    'C:/calls/../../Windows/win.ini',
    'C:',
    'CON',
    'NUL',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    ...HUGE_STRINGS,
  ];
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Objects whose OWN keys are `__proto__` etc., as JSON.parse and IPC's structured clone make them. */
export const pollutedObjects = (): object[] => [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as object,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as object,
  JSON.parse('{"prototype":{"polluted":"yes"},"__proto__":null}') as object,
  Object.assign(Object.create(null) as object, { polluted: 'yes' }),
];

/** A chain of `depth` nested objects (or arrays). */
export function deeplyNested(depth: number, asArray = false): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value, __proto__x: i };
  return value;
}

const SCALARS: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53),
  2 ** 31,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  10n ** 30n,
  '',
  ' ',
  '\0',
  '\u202e',
  'null',
  '[object Object]',
  '0f4e21c8-6811-4f72-959a-2c25b9584e57',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  new Date(NaN),
  new Date(8.64e15),
  new Map([['__proto__', 1]]),
  new Set([1]),
  new Uint8Array(16),
  [],
  {},
  [undefined],
];

/** Any one hostile value, paths included. */
export function hostileValue(paths: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SCALARS) },
    { weight: 3, arbitrary: fc.constantFrom(...paths) },
    { weight: 1, arbitrary: fc.constantFrom(...pollutedObjects()) },
    { weight: 1, arbitrary: fc.constantFrom(deeplyNested(5000), deeplyNested(5000, true)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(new Array(200_000).fill(paths[0])) },
    {
      weight: 3,
      arbitrary: fc.anything({
        maxDepth: 3,
        key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS)),
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    },
  );
}

/**
 * A payload for a method whose input object has `keys`: each key kept with a plausible value, given a
 * hostile one, or dropped; sometimes extra or prototype keys; sometimes not an object at all.
 */
export function hostilePayload(keys: string[], plausible: (key: string) => unknown[], paths: string[]): fc.Arbitrary<unknown> {
  const value = hostileValue(paths);
  const field = (key: string) =>
    fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...plausible(key)) }, { weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.constant(ABSENT) });
  const shaped = fc
    .record({
      fields: fc.tuple(...keys.map(field)),
      extra: fc.option(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string()), value), { freq: 3 }),
    })
    .map(({ fields, extra }) => {
      const payload: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        if (fields[i] !== ABSENT) payload[key] = fields[i];
      });
      // defineProperty: a plain assignment to `__proto__` would set the prototype, not an own key.
      if (extra) Object.defineProperty(payload, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      return payload;
    });
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: value });
}

const ABSENT = Symbol('absent');
