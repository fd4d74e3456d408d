import { describe, expect, it } from 'vitest';
import { collisionKey, entryNameProblem, showEntryName } from '../../../shared/bundle/entryName';

describe('bundle entry names', () => {
  it.each(['manifest.json', 'index.html', 'README.txt', 'audio/', 'audio/01.m4a', '__MACOSX/._01.m4a', '.DS_Store', 'Müller 通话.txt'])(
    'accepts %s',
    (name) => {
      expect(entryNameProblem(name)).toBeNull();
    },
  );

  it.each([
    ['', /empty name/],
    ['../evil.txt', /outside/],
    ['audio/../../evil.txt', /outside/],
    ['audio/..', /outside/],
    ['/etc/passwd', /absolute path/],
    ['C:\\Windows\\win.ini', /backslash/],
    ['C:/Windows/win.ini', /drive letter/],
    ['c:evil', /drive letter/],
    ['\\\\server\\share\\evil', /backslash/],
    ['audio\\..\\..\\evil', /backslash/],
    ['audio//01.m4a', /empty or “\.” folder/],
    ['./manifest.json', /empty or “\.” folder/],
    ['evil\u0000.m4a', /control characters/],
    ['audio/01.m4a.', /Windows would change/],
    ['audio/01.m4a ', /Windows would change/],
    ['audio/01.m4a:stream', /Windows would change/],
    ['x'.repeat(256), /longer than 255/],
    ['bad\uFFFDname', /not valid text/],
  ])('refuses %j', (name, problem) => {
    expect(entryNameProblem(name)).toMatch(problem);
  });

  it('names that are one file on a case-insensitive or normalising disk collide', () => {
    expect(collisionKey('Audio/01.M4A')).toBe(collisionKey('audio/01.m4a'));
    expect(collisionKey('caf\u00e9.txt')).toBe(collisionKey('cafe\u0301.txt'));
    expect(collisionKey('audio/')).toBe(collisionKey('audio'));
    expect(collisionKey('audio/01.m4a')).not.toBe(collisionKey('audio/02.m4a'));
  });

  it('shows a name safely in a message', () => {
    expect(showEntryName('a\u0000b')).toBe('“a\\x00b”');
    expect(showEntryName('y'.repeat(300))).toHaveLength(120);
  });
});
