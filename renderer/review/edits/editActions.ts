import type { Annotations } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Transcript } from '../../../shared/domain/transcript';
import {
  editTextSplice,
  mergeSplice,
  setSpeakerSplice,
  setVoiceSpeakerSplice,
  splitSplice,
  type TranscriptSplice,
} from '../../../shared/domain/transcriptEdits';
import { errorMessage } from '../../ui/bridge';
import type { Change, ReviewState, StepResult, StepSource, TranscriptAccess } from '../history/useAnnotations';
import { showNotice } from '../notice/useReviewNotice';
import type { EditStore } from './editStore';
import { deleteQuestion, marksOnTurn, removeMarksCommand } from './turnMarks';

export const NO_WORD_CHOSEN = 'Click the word the new turn should start with, then press S.';
export const FIRST_WORD_CHOSEN = 'The turn already starts with that word: click a later word, then press S.';
export const NO_NEXT_TURN = 'This is the last turn: there is no next turn to merge with.';
export const EMPTY_TEXT = 'A turn needs some text; delete the turn instead.';
const NOT_LOADED = 'The call’s marks have not loaded yet, so nothing was changed. Try again in a moment.';

/** What the actions read, always the latest (the actions object itself never changes). */
export type EditDeps = {
  transcript: TranscriptAccess;
  annotations: Annotations | null;
  change: (step: StepSource) => Promise<StepResult>;
  select: (turnId: string) => void;
  speakers: readonly Speaker[];
};

/** Every transcript edit of the Review view: the keys, the row menu and the inline editor call these. */
export type TranscriptEdits = {
  store: EditStore;
  speakers: () => readonly Speaker[];
  startEdit(turnId: string): void;
  setDraft(draft: string): void;
  saveEdit(): Promise<void>;
  cancelEdit(): void;
  /** A clicked word: the one S splits before. */
  chooseWord(turnId: string, index: number): void;
  split(turnId: string): Promise<void>;
  merge(turnId: string): Promise<void>;
  setSpeaker(turnId: string, speakerId: string): Promise<void>;
  /** Deletes at once, or asks first (`deleting`) when marks sit on the turn. */
  deleteTurn(turnId: string): Promise<void>;
  /** Rejects with the reason when it failed, so the confirm dialog stays open showing it. */
  confirmDelete(): Promise<void>;
  cancelDelete(): void;
  dismissNotice(): void;
};

const needTranscript = (s: ReviewState): Transcript => {
  if (!s.transcript) throw new Error('This call has no transcript to edit.');
  return s.transcript;
};
const words = (text: string) => text.trim().split(/\s+/).join(' ');

/** The step that deletes a turn and, in the same undo step, the marks that sit on it. */
function deleteStep(turnId: string) {
  return (s: ReviewState): Change[] => {
    const t = needTranscript(s);
    const at = t.turns.findIndex((x) => x.id === turnId);
    if (at < 0) throw new Error('That turn is no longer in the transcript.');
    const turn = t.turns[at]!;
    const marks = removeMarksCommand(s.annotations, marksOnTurn(s.annotations, t.turns, turn));
    const splice: Change = { kind: 'transcript', splice: { at, remove: [turn], insert: [] } };
    return marks ? [splice, { kind: 'annotations', command: marks }] : [splice];
  };
}

export function createTranscriptEdits(store: EditStore, deps: () => EditDeps): TranscriptEdits {
  let returnFocus: Element | null = null;
  const turnsNow = () => deps().transcript.current()?.turns ?? [];
  const tell = (turnId: string, text: string) => store.set({ notice: { turnId, text } });
  const quiet = () => store.get().notice && store.set({ notice: null });

  /** One undo step through the history; a step that cannot be built (turn gone…) fails with its reason. */
  const run = async (build: (s: ReviewState) => Change[]): Promise<StepResult> => {
    const outcome = { built: false, refused: null as string | null };
    const result = await deps().change((s) => {
      outcome.built = true;
      try {
        return build(s);
      } catch (e) {
        outcome.refused = errorMessage(e);
        return null;
      }
    });
    if (outcome.refused) return { ok: false, message: outcome.refused };
    return outcome.built ? result : { ok: false, message: NOT_LOADED };
  };
  /** A splice of one turn; on success the chosen word is stale, on failure the turn says why. */
  const edit = async (turnId: string, build: (t: Transcript) => TranscriptSplice) => {
    const result = await run((s) => [{ kind: 'transcript', splice: build(needTranscript(s)) }]);
    if (result.ok) store.set({ chosen: null });
    else tell(turnId, `Not saved: ${result.message}`);
    return result;
  };

  const closeEditor = () => {
    store.set({ editor: null });
    const target = returnFocus;
    returnFocus = null;
    // After the editor unmounts (focus fell to the page): back to where the user came from.
    requestAnimationFrame(() => {
      if (target instanceof HTMLElement && target.isConnected && document.activeElement === document.body) target.focus();
    });
  };

  /**
   * After one turn changed speaker: when other turns still carry the old speaker's voice (as detected, not
   * set by hand), offers to give them all to the new one in one undoable step.
   */
  const offerWholeVoice = (from: string, to: string) => {
    const left = turnsNow().filter((t) => t.speakerId === from && t.speakerSetBy !== 'user').length;
    if (left === 0) return;
    const name = (id: string) => deps().speakers.find((s) => s.id === id)?.name ?? 'Unknown speaker';
    showNotice({
      text: `${left} more ${left === 1 ? 'turn has' : 'turns have'} ${name(from)}’s voice.`,
      action: {
        label: `Give ${left === 1 ? 'it' : 'all'} to ${name(to)}`,
        run: () =>
          void run((s) => [{ kind: 'transcript', splice: setVoiceSpeakerSplice(needTranscript(s), from, to) }]).then((result) => {
            if (!result.ok) showNotice({ text: `Not saved: ${result.message}` });
          }),
      },
    });
  };

  const afterDelete = (turnId: string, at: number) => {
    const { editor, chosen } = store.get();
    store.set({ deleting: null, editor: editor?.turnId === turnId ? null : editor, chosen: chosen?.turnId === turnId ? null : chosen });
    const turns = turnsNow();
    const next = turns[at] ?? turns[at - 1];
    if (next) deps().select(next.id); // the keys act on the turn now in its place
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) document.querySelector<HTMLElement>('[data-testid="turns-scroll"]')?.focus();
    });
  };

  return {
    store,
    speakers: () => deps().speakers,
    startEdit(turnId) {
      const turn = turnsNow().find((t) => t.id === turnId);
      if (!turn) return;
      const { editor } = store.get();
      if (editor?.turnId === turnId) return;
      const other = editor && turnsNow().find((t) => t.id === editor.turnId);
      if (editor && other && words(editor.draft) !== words(other.text)) {
        tell(turnId, 'Save or cancel the turn you are editing first.');
        return;
      }
      returnFocus = document.activeElement;
      store.set({ editor: { turnId, draft: turn.text, error: null, saving: false }, notice: null });
    },
    setDraft(draft) {
      const { editor } = store.get();
      if (editor && !editor.saving) store.set({ editor: { ...editor, draft, error: null } });
    },
    async saveEdit() {
      const editor = store.get().editor;
      if (!editor || editor.saving) return;
      const text = words(editor.draft);
      if (!text) {
        store.set({ editor: { ...editor, error: EMPTY_TEXT } });
        return;
      }
      const turn = turnsNow().find((t) => t.id === editor.turnId);
      if (turn && text === words(turn.text)) return closeEditor(); // nothing changed: nothing to undo
      store.set({ editor: { ...editor, saving: true, error: null } });
      const result = await run((s) => [{ kind: 'transcript', splice: editTextSplice(needTranscript(s), editor.turnId, text) }]);
      const now = store.get().editor;
      if (result.ok) {
        const { chosen } = store.get();
        if (chosen?.turnId === editor.turnId) store.set({ chosen: null }); // its words may have moved
        if (now?.turnId === editor.turnId) closeEditor();
      } else if (now?.turnId === editor.turnId) {
        store.set({ editor: { ...now, saving: false, error: `Not saved: ${result.message}` } }); // the draft stays
      } else {
        tell(editor.turnId, `Not saved: ${result.message}`);
      }
    },
    cancelEdit() {
      if (store.get().editor) closeEditor();
    },
    chooseWord(turnId, index) {
      store.set({ chosen: { turnId, index }, notice: null });
    },
    async split(turnId) {
      quiet();
      const { chosen } = store.get();
      const index = chosen?.turnId === turnId ? chosen.index : null;
      if (index === null) return tell(turnId, NO_WORD_CHOSEN);
      if (index === 0) return tell(turnId, FIRST_WORD_CHOSEN);
      await edit(turnId, (t) => splitSplice(t, turnId, index));
    },
    async merge(turnId) {
      quiet();
      const turns = turnsNow();
      const i = turns.findIndex((t) => t.id === turnId);
      if (i < 0) return;
      if (i === turns.length - 1) return tell(turnId, NO_NEXT_TURN);
      await edit(turnId, (t) => mergeSplice(t, turnId));
    },
    async setSpeaker(turnId, speakerId) {
      quiet();
      const from = turnsNow().find((t) => t.id === turnId)?.speakerId;
      if (from === undefined || from === speakerId) return;
      const result = await edit(turnId, (t) => setSpeakerSplice(t, turnId, speakerId));
      if (result.ok) offerWholeVoice(from, speakerId);
    },
    async deleteTurn(turnId) {
      quiet();
      const turns = turnsNow();
      const at = turns.findIndex((t) => t.id === turnId);
      if (at < 0) return;
      const { annotations } = deps();
      const question = annotations ? deleteQuestion(marksOnTurn(annotations, turns, turns[at]!)) : null;
      if (question) return store.set({ deleting: { turnId, question } });
      const result = await run(deleteStep(turnId));
      if (result.ok) afterDelete(turnId, at);
      else tell(turnId, `Not deleted: ${result.message}`);
    },
    async confirmDelete() {
      const { deleting } = store.get();
      if (!deleting) return;
      const at = turnsNow().findIndex((t) => t.id === deleting.turnId);
      const result = await run(deleteStep(deleting.turnId));
      if (!result.ok) throw new Error(`Not deleted: ${result.message}`);
      afterDelete(deleting.turnId, at);
    },
    cancelDelete() {
      store.set({ deleting: null });
    },
    dismissNotice: () => store.set({ notice: null }),
  };
}
