/**
 * onnxruntime 1.29+ (the text model's runtime) sends usage telemetry to Microsoft from Linux and macOS
 * builds and keeps a device id in ~/.cache/Microsoft/DeveloperTools, unless ORT_DISABLE_TELEMETRY is set
 * before its first session (read in its libonnxruntime; measured: with it set, no id file, no upload
 * set-up, nothing left in the temp folder). Nothing may leave the user's machine: imported for its
 * effect before onnxruntime-node, by every module that loads it; worker threads inherit the environment.
 */
process.env.ORT_DISABLE_TELEMETRY = '1';
