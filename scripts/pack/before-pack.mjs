// electron-builder's beforePack hook (package.json "build"): refuses, before anything is packed, a
// platform or architecture whose native code this checkout doesn't hold (see nativePayload.mjs), then
// gathers the licence texts extraResources packs as licenses/ (see licences.mjs).
import { Arch } from 'electron-builder';
import { writeThirdPartyLicences } from './licences.mjs';
import { nativePayloadProblems, readNativePayload } from './nativePayload.mjs';

export default async function beforePack(context) {
  const root = context.packager.projectDir;
  const target = { platform: context.electronPlatformName, arch: Arch[context.arch] };
  const problems = nativePayloadProblems(target, readNativePayload(root));
  if (problems.length > 0) {
    throw new Error(`Call Review can't be packed for ${target.platform}-${target.arch} here:\n- ${problems.join('\n- ')}`);
  }
  writeThirdPartyLicences(root);
}
