export type NativeTarget = { platform: string; arch: string };
export type NativePayload = {
  /** Each whisper.cpp build folder of native/ that was built, with the target it was built for. */
  whisper: Partial<Record<'whisper' | 'whisper-vulkan' | 'whisper-metal', NativeTarget>>;
  /** Installed sherpa-onnx-* and @seydx/* package names. */
  packages: string[];
};
export function nativePayloadProblems(target: NativeTarget, found: NativePayload): string[];
export function readNativePayload(root: string): NativePayload;
