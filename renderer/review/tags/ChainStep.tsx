import { useMemo } from 'react';
import type { Annotations, PainTag } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import { questionsToTag } from '../../../shared/domain/chainQuestions';
import type { Turn } from '../../../shared/domain/transcript';
import { AskedQuestions } from './AskedQuestions';
import { ParentSelect } from './ParentSelect';
import { TagQuote } from './TagQuote';

type Props = { tag: PainTag; annotations: Annotations; turns: readonly Turn[]; speakers: readonly Speaker[] };

/**
 * One level of a chain: the rep's questions since the pain it drills into (how the rep got here), the
 * tag's words and time, and for a deeper pain which one it drills into (move it, or unlink it).
 */
export function ChainStep({ tag, annotations, turns, speakers }: Props) {
  const questions = useMemo(() => questionsToTag(annotations, turns, speakers, tag), [annotations, turns, speakers, tag]);
  return (
    <li className={`chain-step level-${tag.level}`} data-testid="chain-step" data-level={tag.level} data-tag-id={tag.id}>
      <AskedQuestions questions={questions} />
      <TagQuote tag={tag} turns={turns} />
      {tag.level > 1 && <ParentSelect tag={tag} annotations={annotations} turns={turns} label="Drills into" none="Not linked" testId="chain-step-parent" />}
    </li>
  );
}
