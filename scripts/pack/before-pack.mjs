// electron-builder's beforePack hook (package.json "build"): refuses, before anything is packed, a
// platform or architecture whose native code this checkout doesn't hold (see nativePayload.mjs).
import { Arch } from 'electron-builder';
import { nativePayloadProblems, readNativePayload } from './nativePayload.mjs';

export default async function beforePack(context) {
  const target = { platform: context.electronPlatformName, arch: Arch[context.arch] };
  const problems = nativePayloadProblems(target, readNativePayload(context.packager.projectDir));
  if (problems.length > 0) {
    throw new Error(`Call Review can't be packed for ${target.platform}-${target.arch} here:\n- ${problems.join('\n- ')}`);
  }
}
