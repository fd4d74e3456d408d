import type { Emit, Handlers, LibraryInfo } from '../../../shared/contract';
import { DEMO_CALL_ID, type CallDetail, type Speaker } from '../../../shared/domain/call';
import { callsChanged, everythingChanged, settingsChanged } from '../../../shared/domain/libraryChange';
import { withRep } from '../../../shared/domain/speakers';
import { AppError } from '../../../shared/errors';
import type { Dialogs } from '../ports';
import type { Settings } from '../settings/settings';
import type { TranscriptionQueue } from '../transcription/queue';
import { resetDemo } from './demo';
import type { LibraryRef } from './ref';

export const mediaUrl = (callId: string, file: string) => `/media/${callId}/${encodeURIComponent(file)}`;

export type LibraryDeps = {
  ref: LibraryRef;
  settings: Settings;
  dialogs: Dialogs;
  emit: Emit;
  queue: TranscriptionQueue;
  /** The shipped demo call's folder; without it there is no demo to reset. */
  demoDir?: string;
};

/** The library's calls, their speakers, transcript edits and annotations, and the library folder itself. */
/** A new name is the reviewer's own: a name a voice profile gave no longer stands (nor can be undone). */
function renamed(speaker: Speaker, name: string | undefined): Speaker {
  if (name === undefined || name.trim() === speaker.name) return speaker;
  const { voiceMatch, ...rest } = speaker;
  return voiceMatch?.status === 'applied' ? { ...rest, name } : { ...speaker, name };
}

export function createLibraryService({ ref, settings, dialogs, emit, queue, demoDir }: LibraryDeps) {
  const info = (): LibraryInfo => {
    const library = ref.get();
    return {
      folder: library.folder,
      isDefault: library.folder === settings.defaultLibraryFolder,
      callCount: library.list().length,
      problem: library.problem(),
      myName: library.myName(),
      rubricCriteria: [...library.rubricCriteria()],
      notices: [...settings.notices(), ...library.notices()],
      welcome: !settings.get().welcomeDismissed,
    };
  };
  /** The call's own document changed (title, date, speakers): list rows and its header reload. */
  const callChanged = (reason: string, callIds: string[]) => emit('library:changed', callsChanged(reason, callIds, ['call']));
  const switchTo = async (folder: string | null) => {
    await ref.switchTo(folder);
    emit('library:changed', everythingChanged('folder'));
    return info();
  };

  const handlers = {
    'library:info': async () => info(),
    'library:chooseFolder': async () => {
      const folder = await dialogs.pickFolder();
      // The same folder again is a retry when it was opened read-only (open in another Call Review).
      const retry = ref.get().problem()?.code === 'LIBRARY_LOCKED';
      if (!folder || (folder === ref.get().folder && !retry)) return { changed: false, library: info() };
      return { changed: true, library: await switchTo(folder) };
    },
    'library:useDefaultFolder': async () => switchTo(null),
    'library:rebuildIndex': async () => {
      const { unreadable } = await ref.get().rebuildIndex();
      emit('library:changed', everythingChanged('rebuilt'));
      return { ...info(), unreadableCalls: unreadable };
    },
    'library:dismissNotice': async ({ id }) => {
      settings.dismissNotice(id);
      ref.get().dismissNotice(id);
      return info();
    },
    'library:dismissWelcome': async () => {
      await settings.change({ welcomeDismissed: true });
      return info();
    },
    'calls:list': async () => ref.get().list(),
    'calls:get': async ({ callId }) => {
      const call = await ref.get().get(callId);
      const detail: CallDetail = {
        ...call,
        tracks: call.tracks.map((t) => ({ ...t, url: mediaUrl(call.id, t.file) })),
        peaksUrl: call.peaks ? mediaUrl(call.id, call.peaks.file) : null,
      };
      return detail;
    },
    'calls:transcript': async ({ callId }) => ref.get().getTranscript(callId),
    'calls:rename': async ({ callId, title }) => {
      const summary = await ref.get().update(callId, (call) => ({ ...call, title }));
      callChanged('rename', [callId]);
      return summary;
    },
    'calls:setRecordedAt': async ({ callId, recordedAt }) => {
      const iso = new Date(recordedAt).toISOString();
      const summary = await ref.get().update(callId, (call) => ({ ...call, recordedAt: iso }));
      callChanged('recordedAt', [callId]);
      return summary;
    },
    'calls:setRep': async ({ callId, speakerId, rememberAs }) => {
      const library = ref.get();
      const call = await library.get(callId);
      if (!call.speakers.some((s) => s.id === speakerId)) throw new AppError('NOT_FOUND', 'That speaker is not in this call.');
      if (rememberAs) await library.setMyName(rememberAs);
      const summary = await library.update(callId, (c) => ({
        ...c,
        speakers: withRep(c.speakers, speakerId).map((s) => (s.id === speakerId && rememberAs ? { ...s, name: rememberAs } : s)),
      }));
      callChanged('speakers', [callId]);
      return summary;
    },
    'calls:updateSpeaker': async ({ callId, speakerId, name, role }) => {
      const call = await ref.get().get(callId);
      if (!call.speakers.some((s) => s.id === speakerId)) throw new AppError('NOT_FOUND', 'That speaker is not in this call.');
      const summary = await ref.get().update(callId, (c) => {
        // One rep per call: making someone the rep makes the previous rep a prospect.
        const roled = role === 'rep' ? withRep(c.speakers, speakerId) : c.speakers;
        return {
          ...c,
          speakers: roled.map((s) => (s.id === speakerId ? renamed({ ...s, role: role ?? s.role }, name) : s)),
        };
      });
      callChanged('speakers', [callId]);
      return summary;
    },
    'calls:setSpeakerCount': async ({ callId, count }) => {
      const summary = await ref.get().update(callId, (c) => ({ ...c, speakerCount: count }));
      callChanged('speakers', [callId]);
      return summary;
    },
    // No change event: the page that edits shows the answer, and nothing else lists transcripts.
    'transcript:edit': async ({ callId, splice }) => ref.get().editTranscript(callId, splice),
    'annotations:get': async ({ callId }) => ref.get().annotations(callId),
    'annotations:apply': async ({ callId, command }) => ref.get().applyAnnotation(callId, command),
    'library:setRubricCriteria': async ({ criteria }) => {
      const ids = criteria?.map((c) => c.id) ?? [];
      if (new Set(ids).size !== ids.length) throw new AppError('INVALID_INPUT', 'Two criteria have the same id.');
      await ref.get().setRubricCriteria(criteria);
      emit('library:changed', settingsChanged('rubric'));
      return info();
    },
    'library:setMyName': async ({ name }) => {
      await ref.get().setMyName(name);
      emit('library:changed', settingsChanged('myName'));
      return info();
    },
    'library:resetDemo': async () => {
      if (!demoDir) throw new AppError('NOT_FOUND', 'This copy of Call Review has no demo call.');
      await queue.stop(DEMO_CALL_ID); // a running job lets go of the call's files first
      const summary = await resetDemo(ref.get(), demoDir);
      emit('library:changed', callsChanged('reset-demo', [DEMO_CALL_ID], ['call', 'transcript', 'annotations']));
      return summary;
    },
    'calls:delete': async ({ callId }) => {
      await queue.stop(callId); // a running job lets go of the call's files first
      await ref.get().remove(callId);
      emit('library:changed', callsChanged('delete', [callId], ['call', 'transcript', 'annotations']));
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
