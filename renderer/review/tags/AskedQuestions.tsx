import type { AskedQuestion } from '../../../shared/domain/chainQuestions';
import { usePlayer } from '../player/usePlayback';
import { formatTimestamp } from '../../ui/format';

/** The rep's questions that took the prospect from one level of pain to the next; click to hear one. */
export function AskedQuestions({ questions }: { questions: readonly AskedQuestion[] }) {
  const { controls } = usePlayer();
  if (questions.length === 0) return null;
  return (
    <ul className="chain-asked" aria-label="The rep’s questions before this step">
      {questions.map((q) => (
        <li key={`${q.turnId}@${q.start}`}>
          <button
            type="button"
            className="chain-question"
            data-testid="chain-question"
            title={`Play from ${formatTimestamp(q.start)}`}
            onClick={() => controls.seek(q.start)}
          >
            <span className="chain-asked-label">Asked:</span> “{q.text}”
          </button>
        </li>
      ))}
    </ul>
  );
}
