import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations } from '../../../../shared/domain/annotations';
import { cuesToTranscript, parseSubtitles } from '../../../../shared/formats/subtitles';
import { dismissSuggestionCommand, suggest } from '../../../../shared/suggestions';
import { countByKind, groupSuggestionsByTurn, suggestionLabel } from '../../../../renderer/review/suggestions/suggestionsByTurn';

const vtt = `WEBVTT

00:00:00.000 --> 00:00:01.300
<v Dana>How are things going with your sales team?

00:00:01.300 --> 00:00:02.600
<v Sam>Honestly, our reps waste hours on meeting notes, it's a mess.

00:00:02.600 --> 00:00:04.000
<v Dana>Let me show you a quick demo of our platform.

00:00:04.000 --> 00:00:05.300
<v Sam>Sure. We lost two deals last quarter because follow-ups slipped.
`;

const { turns, speakers: unset } = cuesToTranscript(parseSubtitles(vtt));
const speakers = unset.map((s) => ({ ...s, role: s.name === 'Dana' ? ('rep' as const) : ('prospect' as const) }));

describe('suggestions by turn', () => {
  it('groups each turn’s suggestions in suggest’s order, labelled by kind and pain level', () => {
    const all = suggest({ turns, speakers, annotations: emptyAnnotations() });
    const byTurn = groupSuggestionsByTurn(all, new Map());
    expect(byTurn.get('t2')?.map(suggestionLabel)).toEqual(['Door-opener', 'Pain · Symptom']);
    expect(byTurn.get('t3')?.map(suggestionLabel)).toEqual(['Missed follow-up', 'Pitch']);
    expect(byTurn.get('t4')?.map(suggestionLabel)).toEqual(['Door-opener', 'Pain · Business impact']);
    expect(byTurn.has('t1')).toBe(false);
    expect(countByKind(all)).toEqual({ 'door-opener': 2, pain: 2, 'missed-follow-up': 1, pitch: 1 });
  });

  it('keeps the array of every turn whose suggestions are unchanged, so only the changed row re-renders', () => {
    let annotations = emptyAnnotations();
    const before = groupSuggestionsByTurn(suggest({ turns, speakers, annotations }), new Map());
    const door = before.get('t4')!.find((s) => s.kind === 'door-opener')!;
    annotations = applyCommand(annotations, dismissSuggestionCommand(door)).next;
    const after = groupSuggestionsByTurn(suggest({ turns, speakers, annotations }), before);
    expect(after.get('t2')).toBe(before.get('t2'));
    expect(after.get('t3')).toBe(before.get('t3'));
    expect(after.get('t4')).not.toBe(before.get('t4'));
    expect(after.get('t4')?.map((s) => s.kind)).toEqual(['pain']);
    // Run again with nothing changed: every array is kept.
    const again = groupSuggestionsByTurn(suggest({ turns, speakers, annotations }), after);
    for (const [turnId, list] of again) expect(list).toBe(after.get(turnId));
  });
});
