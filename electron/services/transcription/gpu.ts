import { AppError } from '../../../shared/errors';

/**
 * Whether whisper-cli may use the GPU, for the rest of the app's life. ggml loads a GPU backend shipped
 * beside whisper-cli (libggml-vulkan.so, ggml-vulkan.dll, libggml-metal.so) and skips it on machines
 * without a driver; a driver that is there but broken makes the run fail before it transcribes
 * anything. After one such failure every run goes to the CPU (`--no-gpu`); nothing is persisted, so a
 * new driver is tried again at the next start.
 */
export type GpuSession = {
  cpuOnly: boolean;
  /** Why the GPU was given up, e.g. "ggml_vulkan: … ErrorDeviceLost"; null while it is allowed. */
  failure: string | null;
  /** The device of the last successful run as whisper.cpp named it (e.g. "AMD Radeon RX 6600"), or 'CPU'. */
  device: string | null;
};

export function createGpuSession(): GpuSession {
  return { cpuOnly: false, failure: null, device: null };
}

/** The GPU backends ggml loads from whisper-cli's folder (ggml-vulkan.dll, libggml-vulkan.so, libggml-metal.so…). */
export const GPU_BACKEND_FILE = /ggml-(vulkan|metal|cuda)\.(so|dll|dylib)$/i;

/** The app's one session (tests pass their own). */
export const appGpuSession = createGpuSession();

/** What the fallback needs of a run's options: the GPU switch and the engine's two streams. */
export type GpuRunOptions = {
  noGpu?: boolean;
  onProgress?: (fraction: number) => void;
  onEngineLine?: (line: string) => void;
  signal?: AbortSignal;
};

// ggml's and whisper's lines about a GPU backend, and the C++ exceptions of Vulkan-Hpp ("vk::…").
const GPU_LINE = /vulkan|metal|\bvk::|\bgpu\b/i;

/**
 * The GPU device a run will use, from the lines ggml prints as it loads its backends (before whisper's
 * own logging is switched off): Vulkan lists the GPUs it accepts as "ggml_vulkan: 0 = <name> (<driver>) |
 * …", Metal names its device; whisper.cpp takes the first.
 */
export function gpuDeviceOf(line: string): string | null {
  return /^ggml_vulkan: 0 = (.+?)(?: \([^()]*\))? \|/.exec(line)?.[1] ?? /^ggml_metal\w*: (?:found device|GPU name):\s*(.+)$/.exec(line)?.[1]?.trim() ?? null;
}

/**
 * Runs whisper once with the GPU allowed; if that run fails before any progress and the GPU was in
 * play (a GPU backend spoke on stderr), runs it once more with `--no-gpu`. When that works, the GPU is
 * given up for the session and the log says why; when it fails too, the GPU was not the cause and the
 * first failure is what the user sees.
 */
export async function withCpuFallback<O extends GpuRunOptions, T>(options: O, session: GpuSession, run: (o: O) => Promise<T>): Promise<T> {
  if (session.cpuOnly) return observed(options, session, true, run);
  let progressed = false;
  const gpuLines: string[] = [];
  const first: O = {
    ...options,
    onProgress: (f) => {
      progressed = true;
      options.onProgress?.(f);
    },
    onEngineLine: (line) => {
      if (GPU_LINE.test(line)) gpuLines.push(line);
      options.onEngineLine?.(line);
    },
  };
  try {
    return await observed(first, session, false, run);
  } catch (e) {
    const startFailure = e instanceof AppError && e.code === 'INTERNAL' && !progressed && gpuLines.length > 0;
    if (!startFailure || options.signal?.aborted) throw e;
    const cause = gpuLines.filter((l) => /error|fail|lost|abort|exception|unable|cannot|not supported/i.test(l)).at(-1) ?? e.message;
    try {
      const result = await observed(options, session, true, run);
      session.cpuOnly = true;
      session.failure = cause;
      console.warn(`GPU backend failed to start (${cause}); transcribed on the CPU, and will for the rest of this session.`);
      return result;
    } catch {
      throw e;
    }
  }
}

/** One run, with or without the GPU, noting on success which device whisper.cpp was given. */
async function observed<O extends GpuRunOptions, T>(options: O, session: GpuSession, noGpu: boolean, run: (o: O) => Promise<T>): Promise<T> {
  let device: string | null = null;
  const result = await run({
    ...options,
    noGpu: noGpu || options.noGpu,
    onEngineLine: (line) => {
      device ??= gpuDeviceOf(line);
      options.onEngineLine?.(line);
    },
  });
  session.device = noGpu || options.noGpu ? 'CPU' : (device ?? 'CPU');
  return result;
}
