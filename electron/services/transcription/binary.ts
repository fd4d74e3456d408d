import { dirname, join } from 'node:path';

const EXE = process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli';

/**
 * Where the natively built whisper.cpp CLI is: in a packaged app, electron-builder's extraResources
 * copy of native/whisper/bin; in a checkout, what `npm install` built (scripts/build-whisper.mjs).
 */
export function whisperBinaryPath(app: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return app.isPackaged ? join(app.resourcesPath, 'whisper', EXE) : join(app.appPath, 'native', 'whisper', 'bin', EXE);
}

/** whisper.cpp's whisper-quantize, built and shipped beside whisper-cli (the app's 8-bit model copies). */
export function quantizeBinaryBeside(whisperBinary: string): string {
  return join(dirname(whisperBinary), process.platform === 'win32' ? 'whisper-quantize.exe' : 'whisper-quantize');
}
