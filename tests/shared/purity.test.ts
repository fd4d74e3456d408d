import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// shared/ is the platform-free domain: it must run unchanged in the main process, the renderer and tests.
const root = join(__dirname, '../../shared');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('shared/ stays pure', () => {
  it.each(files(root).map((f) => [relative(root, f), f]))('%s imports only zod and shared modules', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    // Only pure, platform-free libraries: zod and csv-stringify's browser build.
    const allowed = ['zod', 'csv-stringify/browser/esm/sync'];
    expect(imports.filter((spec) => !spec.startsWith('./') && !spec.startsWith('../') && !allowed.includes(spec))).toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/(?<![\w.])(window|document|process|require|globalThis)\./);
  });
});
