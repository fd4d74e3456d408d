import type { Span } from '../domain/annotations';
import { evidence, median, overlaps, round, type Evidence, type Figure } from './evidence';
import { handovers, type SideTurn, type Sides } from './roles';

/** Median pause in seconds, with how many handovers it is the median of. */
export type Patience = Figure<number | null> & { count: number };

export type Responsiveness = {
  patience: Patience;
  /** The same, only for handovers right after a door the prospect opened. */
  patienceAfterDoors: Patience;
  /** Null unless both a rep and a prospect are known. */
  interruptions: Figure<number | null>;
};

/** A rep turn this soon (seconds) after a prospect stopped mid-sentence cut them off. */
export const CUT_OFF_GAP_SEC = 0.2;
/** Interruption evidence starts this long before the rep came in, so the click plays what was cut off. */
const LEAD_IN_SEC = 5;

const ENDS_SENTENCE = /[.?!]["')\]]*\s*$/;

type Handover = { prospect: SideTurn; rep: SideTurn };

/**
 * Patience: for each handover (a rep turn right after a prospect turn), the pause from the prospect
 * turn's end to the rep turn's start; a rep who came in before the prospect finished paused 0, not a
 * negative amount. The median, so one long silence (looking something up) doesn't hide a habit.
 */
function patienceOf(pairs: readonly Handover[]): Patience {
  const pauses = pairs.map(({ prospect, rep }) => Math.max(0, rep.start - prospect.end));
  const m = median(pauses);
  return {
    value: m === null ? null : round(m),
    count: pauses.length,
    evidence: pairs.map(({ prospect, rep }, i) => {
      const span = { start: Math.min(prospect.end, rep.start), end: Math.max(prospect.end, rep.start) };
      const label =
        rep.start < prospect.end ? `Rep came in ${round(prospect.end - rep.start, 1)} s before the prospect finished` : `Rep paused ${round(pauses[i]!, 1)} s`;
      return evidence(span, label);
    }),
  };
}

/**
 * A handover follows a door when a door's span touches the prospect's turn or the pause after it
 * (a door may be marked on the prospect's words or on the moment the rep answered).
 */
const afterDoor = (h: Handover, doors: readonly Span[]) =>
  doors.some((d) => overlaps(d, { start: h.prospect.start, end: Math.max(h.prospect.end, h.rep.start) }));

/**
 * An interruption is a handover where the rep started before the prospect's turn had ended (talking
 * over them), or within CUT_OFF_GAP_SEC after a prospect turn whose text does not end a sentence
 * (cutting them off mid-thought). Only handovers count: a rep turn after the rep's own turn is not one.
 */
function interruptionsOf(pairs: readonly Handover[]): Evidence[] {
  return pairs
    .filter(({ prospect, rep }) => {
      const gap = rep.start - prospect.end;
      const soon = gap <= CUT_OFF_GAP_SEC + 1e-9; // 1e-9: 5.2 − 5 is 0.20000000000000018
      return gap < 0 || (soon && !ENDS_SENTENCE.test(prospect.text));
    })
    .map(({ prospect, rep }) =>
      evidence(
        { start: Math.max(prospect.start, rep.start - LEAD_IN_SEC), end: rep.end },
        rep.start < prospect.end ? 'Rep talked over the prospect' : 'Rep cut the prospect off mid-sentence',
      ),
    );
}

export function responsiveness(sides: Sides, doors: readonly Span[]): Responsiveness {
  const pairs = handovers(sides.turns);
  const interruptions = interruptionsOf(pairs);
  return {
    patience: patienceOf(pairs),
    patienceAfterDoors: patienceOf(pairs.filter((h) => afterDoor(h, doors))),
    interruptions: { value: sides.hasRep && sides.hasProspect ? interruptions.length : null, evidence: interruptions },
  };
}
