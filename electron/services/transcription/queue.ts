import '../media/polyfill';
import type { Emit } from '../../../shared/contract';
import type { Call, Speaker } from '../../../shared/domain/call';
import { estimateSecondsLeft, type JobInfo } from '../../../shared/domain/job';
import { callsChanged } from '../../../shared/domain/libraryChange';
import { rolesFromMyName } from '../../../shared/domain/speakers';
import { approximateTimingNote } from '../../../shared/domain/windows';
import { AppError, isAppError } from '../../../shared/errors';
import type { Library } from '../library/library';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { releaseSpeakerEngine } from '../speakers/diarize';
import type { SpeakerModels } from '../speakers/engine';
import { writeVoices } from '../speakers/voicesFile';
import { writePeaks } from './peaks';
import { transcribeRecording, type Engine } from './pipeline';

type Job = {
  info: JobInfo;
  /** The library the call is in, bound when queued: switching folders never sends a job to another library. */
  library: Library;
  controller: AbortController;
  startedAt: number;
  finished: PromiseWithResolvers<void>;
  /** Why the job was stopped, when it was not the user's Cancel (told with the outcome). */
  stopMessage?: string;
};

export type TranscriptionQueue = ReturnType<typeof createTranscriptionQueue>;

/**
 * Transcription jobs, one at a time (whisper already uses every thread it is given). A queued or running
 * call is marked "transcribing" in its document, so a quit or crash mid-job is found at the next start
 * and shown as "interrupted"; a partial result is never saved as a transcript.
 */
export type QueueDeps = {
  library: () => Library;
  engine: () => Promise<Engine>;
  /** The speaker models when they are ready (mono calls are then diarized), null otherwise. */
  speakerModels?: () => Promise<SpeakerModels | null>;
  /** Names a diarized call's speakers from the library's voice profiles (when there are any). */
  nameSpeakers?: (speakers: Speaker[], voices: number[][]) => Promise<Speaker[]>;
  emit: Emit;
};

export function createTranscriptionQueue(deps: QueueDeps) {
  const jobs: Job[] = [];
  let running: Promise<void> | null = null;
  let shuttingDown = false;
  /** Calls whose job is being set up (model checked, status saved), so they are queued only once. */
  const starting = new Map<string, Promise<JobInfo>>();

  const publish = (job: Job) => deps.emit('transcription:progress', { ...job.info });

  function settle(callId: string, outcome: 'transcribed' | 'cancelled' | 'failed', message: string | null): void {
    deps.emit('transcription:finished', { callId, outcome, message });
    // Only a finished transcription wrote a transcript; the others changed the call's status.
    deps.emit('library:changed', callsChanged('transcription', [callId], outcome === 'transcribed' ? ['call', 'transcript'] : ['call']));
  }

  async function runNext(): Promise<void> {
    const job = jobs.find((j) => j.info.state === 'queued');
    if (!job) return;
    const { callId } = job.info;
    const { library } = job;
    const callDir = library.callDir(callId);
    // Kept when the job stops (quit, crash, failure) so that running it again goes on from the next window.
    const workDir = join(callDir, '.work');
    job.info.state = 'running';
    job.startedAt = Date.now();
    publish(job);
    try {
      const engine = await deps.engine();
      const speakerModels = (await deps.speakerModels?.()) ?? null;
      let stageStartedAt = Date.now();
      const call = await library.get(callId);
      const result = await transcribeRecording({
        audioPaths: call.tracks.map((t) => join(callDir, t.file)),
        workDir,
        tracks: call.tracks,
        speakers: call.speakers,
        engine,
        speakerModels,
        speakerCount: call.speakerCount,
        signal: job.controller.signal,
        onProgress: (fraction, stage, stageFraction) => {
          const percent = Math.floor(fraction * 100);
          if (percent === job.info.percent && stage === job.info.stage) return;
          if (stage !== job.info.stage) stageStartedAt = Date.now();
          const elapsedSec = (Date.now() - job.startedAt) / 1000;
          // Time left comes from the stage's own pace: decoding runs many times faster and would mislead.
          const etaSec = stage !== 'decoding' ? estimateSecondsLeft(stageFraction, (Date.now() - stageStartedAt) / 1000) : null;
          job.info = { ...job.info, stage, percent, elapsedSec, etaSec };
          publish(job);
        },
      });
      job.controller.signal.throwIfAborted();
      const peaks = await writePeaks(callDir, result.envelopes);
      if (result.voices) await writeVoices(callDir, result.voices);
      const speakers = result.speakerVoices && deps.nameSpeakers ? await deps.nameSpeakers(result.speakers, result.speakerVoices) : result.speakers;
      await library.saveTranscript(
        callId,
        {
          source: { kind: 'whisper', name: engine.modelName, language: result.language, createdAt: new Date().toISOString() },
          turns: result.turns,
        },
        (c) => ({ ...c, status: 'transcribed', statusMessage: null, speakers: rolesFromMyName(speakers, library.myName()), peaks }),
      );
      settle(callId, 'transcribed', approximateTimingNote(result.withoutDtw));
    } catch (e) {
      if (shuttingDown) {
        // Left "transcribing" on purpose: the next start marks it interrupted, with Resume.
      } else if (job.controller.signal.aborted) {
        // Cancelled: the next Transcribe starts over.
        await rm(workDir, { recursive: true, force: true }).catch(() => {});
        await library.update(callId, undoTranscribing).catch(() => {});
        settle(callId, 'cancelled', job.stopMessage ?? null);
      } else {
        const message = isAppError(e) ? e.message : e instanceof Error ? e.message : String(e);
        await library.update(callId, (c) => ({ ...c, status: 'failed', statusMessage: message })).catch(() => {});
        settle(callId, 'failed', message);
      }
    } finally {
      jobs.splice(jobs.indexOf(job), 1);
      job.finished.resolve();
    }
    return shuttingDown ? undefined : runNext();
  }

  function pump() {
    if (!running) {
      running = runNext().finally(() => {
        running = null;
        if (jobs.some((j) => j.info.state === 'queued')) pump();
        // The speaker models hold ~100 MB: let them go once the queue has run dry.
        else releaseSpeakerEngine();
      });
    }
  }

  /** Marks the call "transcribing" and queues its job (after checking a model is there). */
  async function enqueue(callId: string): Promise<JobInfo> {
    await deps.engine(); // no model → say so now, not after queueing
    const library = deps.library();
    await library.update(callId, (c) => ({ ...c, status: 'transcribing', statusMessage: null }));
    const job: Job = {
      info: { callId, state: 'queued', stage: 'waiting', percent: 0, elapsedSec: 0, etaSec: null },
      library,
      controller: new AbortController(),
      startedAt: Date.now(),
      finished: Promise.withResolvers<void>(),
    };
    jobs.push(job);
    publish(job);
    const queued = { ...job.info };
    deps.emit('library:changed', callsChanged('transcription', [callId], ['call']));
    pump();
    return queued;
  }

  async function cancelJob(job: Job, message: string | null): Promise<void> {
    if (job.info.state === 'queued') {
      jobs.splice(jobs.indexOf(job), 1);
      job.finished.resolve();
      await job.library.update(job.info.callId, undoTranscribing);
      settle(job.info.callId, 'cancelled', message);
    } else {
      job.stopMessage = message ?? undefined;
      job.controller.abort(new AppError('CANCELLED', message ?? 'Transcription cancelled.'));
    }
  }

  return {
    list: (): JobInfo[] => jobs.map((j) => ({ ...j.info })),

    start(callId: string): Promise<JobInfo> {
      const existing = jobs.find((j) => j.info.callId === callId);
      if (existing) return Promise.resolve({ ...existing.info });
      // Reserved before the first await: a second click while this one is still checking gets the same job.
      let pending = starting.get(callId);
      if (!pending) {
        pending = enqueue(callId).finally(() => starting.delete(callId));
        starting.set(callId, pending);
      }
      return pending;
    },

    async cancel(callId: string): Promise<boolean> {
      const job = jobs.find((j) => j.info.callId === callId);
      if (!job) return false;
      await cancelJob(job, null);
      return true;
    },

    /**
     * Before a library is retired (the user switched folders): its queued and running jobs stop, each call
     * going back to its previous status in that library, and the outcome says why. Resolves once every
     * job has let go of the library.
     */
    async stopLibrary(library: Library, message: string): Promise<void> {
      await Promise.allSettled([...starting.values()]); // a job being queued now is queued first, then stopped
      if (shuttingDown) {
        // Quitting: the jobs stay "transcribing" on purpose (resumable); only wait for the running one.
        while (running) await running;
        return;
      }
      const stopping = jobs.filter((j) => j.library === library);
      // A status that can't be put back (a full disk) must not stop the switch: the next start marks it interrupted.
      await Promise.allSettled(stopping.map((job) => cancelJob(job, message)));
      await Promise.all(stopping.map((job) => job.finished.promise));
    },

    /** Cancels a call's job and waits until it has let go of the call's files (before deleting it). */
    async stop(callId: string): Promise<void> {
      const job = jobs.find((j) => j.info.callId === callId);
      if (!job) return;
      await this.cancel(callId);
      await job.finished.promise;
    },

    /** On quit: stop the engine now (a child process would outlive the app) and keep jobs resumable. */
    shutdown(): void {
      shuttingDown = true;
      for (const job of jobs) job.controller.abort(new AppError('CANCELLED', 'Call Review is closing.'));
    },

    /** Resolves when nothing is queued or running (tests, and quitting cleanly). */
    async idle(): Promise<void> {
      while (running) await running;
    },
  };
}

/** A cancelled job leaves the call as it was: transcribed if it already had a transcript. */
const undoTranscribing = (c: Call): Call => ({ ...c, status: c.hasTranscript ? 'transcribed' : 'imported', statusMessage: null });

/** Calls left "transcribing" by a quit or crash: mark them interrupted, with a Resume action in the UI. */
export async function markInterrupted(library: Library): Promise<void> {
  for (const call of library.list().filter((c) => c.status === 'transcribing')) {
    await library
      .update(call.id, (c) => ({
        ...c,
        status: 'interrupted',
        statusMessage: 'Call Review was closed while this call was being transcribed. Resume to go on from where it stopped.',
      }))
      .catch(() => {});
  }
}
