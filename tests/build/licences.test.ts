import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thirdPartyLicences } from '../../scripts/pack/licences.mjs';

const ROOT = join(__dirname, '../..');

describe('THIRD_PARTY_LICENSES.txt (scripts/pack/licences.mjs)', () => {
  const text = thirdPartyLicences(ROOT);

  it('holds the full texts of the engine, models and native libraries', () => {
    expect(text).toContain(readFileSync(join(ROOT, 'node_modules/nodejs-whisper/cpp/whisper.cpp/LICENSE'), 'utf8').trim());
    expect(text).toContain('Apache License\n                           Version 2.0, January 2004');
    expect(text).toContain('GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999');
    expect(text).toContain('Copyright (c) 2022 OpenAI');
    expect(text).toContain('May you do good and not evil.');
  });

  it('holds every package npm installs for production (what the package ships) and those bundled into main and the renderer', () => {
    const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const names = new Set<string>();
    const walk = (deps: Record<string, { version?: string; extraneous?: boolean; dependencies?: object }> | undefined) => {
      for (const [name, dep] of Object.entries(deps ?? {})) {
        if (dep.extraneous) continue; // installed for another checkout sharing node_modules, not this package.json's
        if (dep.version) names.add(`${name} ${dep.version}`);
        walk(dep.dependencies as typeof deps);
      }
    };
    walk((JSON.parse(production) as { dependencies: Parameters<typeof walk>[0] }).dependencies);
    expect(names.size).toBeGreaterThan(20);
    const headings = new Set(text.split('\n').map((line) => line.replace(/ \(.*\)$/, '')));
    expect([...names].filter((n) => !headings.has(n))).toEqual([]);
    for (const bundled of ['react', 'react-dom', 'zod', 'wavesurfer.js', 'recharts', 'lowdb']) {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', bundled, 'package.json'), 'utf8')) as { version: string };
      expect(headings.has(`${bundled} ${version}`), bundled).toBe(true);
    }
  });
});
