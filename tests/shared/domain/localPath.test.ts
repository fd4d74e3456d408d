import { describe, expect, it } from 'vitest';
import { localPathProblem } from '../../../shared/domain/localPath';

describe('paths the renderer may name', () => {
  it.each([
    '/Users/zoë/Calls/Gespräch mit Müller.wav',
    '/home/dana/calls/con.wav', // a device name only on Windows
    '/home/dana/calls/call.wav.',
    'C:\\Users\\José\\Calls\\call.m4a',
    'D:/calls/track 1.wav',
    'C:\\calls\\..\\other\\call.wav',
  ])('accepts %s', (path) => {
    expect(localPathProblem(path)).toBeNull();
  });

  it.each([
    ['\\\\server\\share\\call.wav', /network share/],
    ['\\\\127.0.0.1\\c$\\call.wav', /network share/],
    ['//server/share/call.wav', /network share/],
    ['\\\\?\\C:\\calls\\call.wav', /network share or device/],
    ['\\\\.\\PhysicalDrive0', /network share or device/],
    ['\\??\\C:\\calls\\call.wav', /network share or device/],
    ['C:\\calls\\call.wav::$DATA', /stream/],
    ['C:\\calls\\call.wav:hidden', /stream/],
    ['C:\\calls\\CON', /device/],
    ['C:\\calls\\nul.wav', /device/],
    ['C:\\calls\\COM1.mp3', /device/],
    ['C:\\LPT1\\call.wav', /device/],
    ['C:\\calls\\call.wav.', /dot or a space/],
    ['C:\\calls\\call.wav ', /dot or a space/],
    ['/home/dana/a\0.wav', /NUL/],
    ['relative/call.wav', /absolute/],
    ['C:', /absolute/],
    ['~/call.wav', /absolute/],
  ])('refuses %s', (path, why) => {
    expect(localPathProblem(path)).toMatch(why);
  });
});
