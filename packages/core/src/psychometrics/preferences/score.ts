/**
 * Scoring the preference questions: counting, no model. An interest area scores the share of its
 * answered pairs in which it was chosen; a facet takes the value of its answer. What was not
 * asked is left out rather than given a middle value, so matching can tell "unknown" from "either".
 */
import type { EnvironmentValue, InterestId } from '../../domain.js';
import { interests } from '../../skills/data/interests.js';
import { ResponseError } from '../responses.js';
import { environmentQuestions, interestPairs, isInterestPair, type PreferenceQuestion } from './questions.js';

export interface PreferenceAnswer {
  id: string;
  /** Interest pair: 0 first, 1 second. Environment question: the index of the option, 0-2. */
  choice: number;
}

export interface PreferenceScores {
  /** 0-100 per area that appeared in an answered pair, in RIASEC order. */
  interests: { interestId: InterestId; score: number }[];
  /** One value per answered facet, in facet order. */
  environment: EnvironmentValue[];
}

/** Interest pairs first, then the environment questions. */
export const preferenceQuestionIds: readonly string[] = [...interestPairs, ...environmentQuestions].map((q) => q.id);

const index = new Map<string, PreferenceQuestion>([...interestPairs, ...environmentQuestions].map((q) => [q.id, q]));

export const preferenceQuestion = (id: string): PreferenceQuestion | undefined => index.get(id);

export function scorePreferences(answers: readonly PreferenceAnswer[]): PreferenceScores {
  const shown = new Map<InterestId, number>();
  const chosen = new Map<InterestId, number>();
  const values = new Map<string, number>();
  const seen = new Set<string>();
  for (const { id, choice } of answers) {
    const question = index.get(id);
    if (!question) throw new ResponseError('id', `"${id}" is not a preference question`);
    if (seen.has(id)) throw new ResponseError('id', `"${id}" is answered more than once`);
    seen.add(id);
    if (isInterestPair(question)) {
      if (choice !== 0 && choice !== 1) throw new ResponseError('choice', `must be 0 or 1 for "${id}"`);
      for (const side of [question.first, question.second])
        shown.set(side.interest, (shown.get(side.interest) ?? 0) + 1);
      const pick = (choice === 0 ? question.first : question.second).interest;
      chosen.set(pick, (chosen.get(pick) ?? 0) + 1);
    } else {
      const option = Number.isInteger(choice) ? question.options[choice] : undefined;
      if (!option) throw new ResponseError('choice', `must be 0, 1 or 2 for "${id}"`);
      values.set(question.facetId, option.value);
    }
  }
  return {
    interests: interests
      .filter((i) => shown.has(i.id))
      .map((i) => ({ interestId: i.id, score: Math.round((100 * (chosen.get(i.id) ?? 0)) / shown.get(i.id)!) })),
    environment: environmentQuestions
      .filter((q) => values.has(q.facetId))
      .map((q) => ({ facetId: q.facetId, value: values.get(q.facetId)! })),
  };
}
