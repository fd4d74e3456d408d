import { useMemo, useRef } from 'react';
import type { Annotations } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { groupMarksByTurn, type MarksByTurn } from './marksByTurn';

const EMPTY: MarksByTurn = new Map();

/** Follow-ups, comments and moments by turn, each turn's entry kept while its marks are unchanged (rows memo on it). */
export function useMarksByTurn(turns: readonly Turn[], annotations: Annotations | null): MarksByTurn {
  const previous = useRef<MarksByTurn>(EMPTY);
  const followUps = annotations?.followUps;
  const comments = annotations?.comments;
  const moments = annotations?.moments;
  const marks = useMemo(
    () => (followUps && comments ? groupMarksByTurn(turns, followUps, comments, previous.current, moments) : EMPTY),
    [turns, followUps, comments, moments],
  );
  previous.current = marks;
  return marks;
}
