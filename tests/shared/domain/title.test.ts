import { describe, expect, it } from 'vitest';
import { baseName, titleFromFileName } from '../../../shared/domain/title';

describe('titleFromFileName', () => {
  it.each([
    ['/calls/acme_discovery__call.m4a', 'acme discovery call'],
    ['C:\\Users\\Zoë\\Gespräch mit Müller.wav', 'Gespräch mit Müller'],
    ['.hidden', '.hidden'],
    ['___.wav', 'Untitled call'],
    ['no-extension', 'no-extension'],
  ])('%s → %s', (file, title) => expect(titleFromFileName(file)).toBe(title));

  it('keeps titles within 200 characters', () => {
    expect(titleFromFileName(`${'a'.repeat(300)}.wav`)).toHaveLength(200);
  });

  it('baseName strips folders of either separator', () => {
    expect(baseName('/a/b/c.wav')).toBe('c.wav');
    expect(baseName('C:\\a\\c.wav')).toBe('c.wav');
  });
});
