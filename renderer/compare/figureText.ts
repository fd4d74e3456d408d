import { clock, round } from '../../shared/scorecard/evidence';
import type { ComparedFigure, FigureKind } from '../../shared/scorecard/comparison';

export const NOT_AVAILABLE = 'not available';

const seconds = (s: number) => (Math.abs(s) < 60 ? `${round(s, 1)} s` : clock(Math.abs(s)));

/** A compared figure's value as a coach reads it: "2 of 3", "45%", "0.8 s", "Yes". */
export function figureText(kind: FigureKind, value: number | boolean | null): string {
  if (value === null) return NOT_AVAILABLE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  switch (kind) {
    case 'score':
      return `${value} / 100`;
    case 'level':
      return `${value} of 3`;
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'rating':
      return `${round(value, 2)} of 5`;
    case 'seconds':
      return seconds(value);
    case 'rate':
      return String(round(value, 1)); // as the trend charts show it
    case 'count':
    case 'yes-no':
      return String(round(value, 2));
  }
}

const signed = (x: number, text: string) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${text}`;

/** B − A in the figure's unit: "+2", "−5 pts", "+1.2 s"; a yes/no figure says whether it changed. */
export function deltaText(f: Pick<ComparedFigure, 'kind' | 'delta' | 'a' | 'b'>): string {
  if (f.a === null || f.b === null) return 'no comparison';
  if (f.kind === 'yes-no' || f.delta === null) return f.a === f.b ? 'same' : 'changed';
  const d = f.delta;
  const size = Math.abs(d);
  switch (f.kind) {
    case 'share':
      return signed(d, `${Math.round(size * 100)} pts`);
    case 'seconds':
      return signed(d, seconds(size));
    case 'level':
      return signed(d, `${size} ${size === 1 ? 'level' : 'levels'}`);
    case 'rate':
      return signed(d, String(round(size, 1)));
    default:
      return signed(d, String(round(size, 2)));
  }
}

/** Why a figure has no comparison: which call lacks it. */
export function missingText(f: Pick<ComparedFigure, 'a' | 'b'>): string | null {
  if (f.a === null && f.b === null) return 'Neither call has this figure.';
  if (f.a === null) return 'Call A does not have this figure.';
  if (f.b === null) return 'Call B does not have this figure.';
  return null;
}
