import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_COMPONENTS } from '../../../shared/about/about';

const ROOT = join(__dirname, '../../..');

describe('the licences Help → About lists (shared/about/bundled.json)', () => {
  it('says for each npm package the licence its installed package.json declares', () => {
    const packages = BUNDLED_COMPONENTS.filter((c) => c.package);
    expect(packages.length).toBeGreaterThan(10);
    for (const c of packages) {
      const declared = (JSON.parse(readFileSync(join(ROOT, 'node_modules', c.package!, 'package.json'), 'utf8')) as { license: string }).license;
      expect(`${c.name}: ${c.licence}`).toBe(`${c.name}: ${declared}`);
    }
  });

  it('names every production dependency, and a licence text on disk for everything that is no npm package', () => {
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const listed = BUNDLED_COMPONENTS.map((c) => c.package);
    expect(Object.keys(dependencies).filter((d) => !listed.includes(d))).toEqual([]);
    for (const c of BUNDLED_COMPONENTS.filter((c) => !c.package)) expect(c.texts?.length, c.name).toBeGreaterThan(0);
    for (const file of BUNDLED_COMPONENTS.flatMap((c) => c.texts ?? [])) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('covers the engine, the downloaded models and the native libraries the issue names', () => {
    const licenceOf = (name: string) => BUNDLED_COMPONENTS.find((c) => c.name === name)?.licence;
    expect(licenceOf('whisper.cpp and ggml')).toBe('MIT');
    expect(licenceOf('OpenAI Whisper models')).toBe('MIT');
    expect(licenceOf('pyannote segmentation-3.0')).toBe('MIT');
    expect(licenceOf('3D-Speaker CAM++')).toBe('Apache-2.0');
    expect(licenceOf('sherpa-onnx')).toBe('Apache-2.0');
    expect(licenceOf('ONNX Runtime')).toBe('MIT');
    expect(licenceOf('FFmpeg')).toMatch(/LGPL-2\.1-or-later/);
    expect(licenceOf('SQLite')).toBe('Public domain');
  });
});
