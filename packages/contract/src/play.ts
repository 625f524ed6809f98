/**
 * A scripted player of the assessment, through the API as the widget plays it: start, answer
 * the steps the server sends until there are none, complete. For tests and the demo's sample
 * data; it knows no key, only what a person sees. Not part of the main entry (it pulls in the
 * game rules).
 */
import { sampleTrials } from '@pfw/core/psychometrics';
import type { Client } from './client.js';
import type { TextLang } from './common.js';
import { ranksThree, type ItemResponse, type Step } from './assessment.js';
import * as routes from './routes/index.js';
import type { SignedSkillprint } from './skillprint.js';

/** An answer to a step: the index of an option (a block of three: also the least-like-you one), or a game's trials. */
export type StepAnswer = Pick<ItemResponse, 'choice' | 'least' | 'trials'>;

/** A plain player: option (k + offset) mod n (least: the next one), and every other game trial done well. */
export const plainPlayer =
  (offset = 0) =>
  (step: Step, k: number): StepAnswer => {
    if (step.game) return { trials: sampleTrials(step.game, (i) => (i + k + offset) % 2 === 0) };
    const n = step.options.length;
    const choice = (k + offset) % n;
    return ranksThree(step) ? { choice, least: (choice + 1) % n } : { choice };
  };

export interface Played {
  sessionId: string;
  steps: Step[];
  signed: SignedSkillprint;
}

/** Plays a whole assessment (or a re-measurement of some skills, or the research round; at most `limit` steps) and completes it. */
export async function playAssessment(
  client: Client,
  answer: (step: Step, k: number) => StepAnswer = plainPlayer(),
  options: {
    lang?: TextLang;
    limit?: number;
    remeasure?: string[];
    research?: true;
    /** Answer time as a share of each step's expected time (1: as expected). */
    pace?: number;
  } = {},
): Promise<Played> {
  const session = await client.request(routes.startAssessment, {
    body: {
      lang: options.lang ?? 'nl',
      ...(options.remeasure && { remeasure: options.remeasure }),
      ...(options.research && { research: true as const }),
    },
  });
  const steps: Step[] = [];
  let next = session.next;
  while (next.length && steps.length < (options.limit ?? 200)) {
    const step = next[0]!;
    const response = await client.request(routes.putResponse, {
      params: { id: session.id, itemId: step.id },
      body: {
        itemId: step.id,
        ...answer(step, steps.length),
        durationMs: Math.round(step.expectedSeconds * 1000 * (options.pace ?? 1)),
        answeredAt: new Date().toISOString(),
      },
    });
    steps.push(step);
    next = response.next;
  }
  const signed = await client.request(routes.completeAssessment, { params: { id: session.id } });
  return { sessionId: session.id, steps, signed };
}
