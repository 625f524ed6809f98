/**
 * Helping customers (customer focus): several people want something from you at the same time;
 * choose whom to help first. stimulus "situation>0" (the person to help first is option 0; the
 * widget shuffles how they are shown), response: the option chosen. No time pressure: speed is
 * never scored.
 *
 * One rule decides who goes first, in this order:
 * 1. safety or health: someone is hurt, unwell or in danger;
 * 2. a promise: you told this person they were next, or agreed a time and it is that time;
 * 3. waiting: who has waited longest — not the loudest, the friendliest, a regular or the
 *    biggest buyer;
 * 4. a question answered in one sentence may go first only when nobody urgent waits and the
 *    person whose turn it is is not ready yet (still looking for a card, still filling in a form).
 *
 * Level 1: two people, one rule decides and the other person has no claim. Level 2: three
 * people; the others sound reasonable (loud, a regular, a big purchase, "in a hurry"). Level 3:
 * three people, close calls: two rules meet (health before a promise, a promise before a walk-in
 * who waited), a hurry that is not an emergency, a quick question when the next is not ready.
 * Level 4: four people, each with a claim that sounds fair. Each level has situations of its
 * own, at least as many as its block has trials; a block shows each situation once.
 */
import type { GameRules } from './rules.js';

export const QUEUE_SITUATIONS = {
  1: ['service-desk', 'dizzy', 'garage', 'fallen', 'library', 'phone-shop'],
  2: ['diy-till', 'cafe', 'chest-pain', 'taxi', 'pharmacy', 'choking', 'parcels'],
  3: ['parking', 'allergy', 'fitting-room', 'lockers', 'low-sugar', 'hairdresser', 'lost-child'],
  4: ['bleeding', 'next-in-line', 'garden-centre', 'wobbly', 'newspapers', 'repair', 'gas-smell'],
} as const;
/** Practice: situations that no scored level has (one for each of the first three rules). */
export const QUEUE_PRACTICE = ['bakery', 'zoo', 'bike-shop'] as const;
export type QueueSituation =
  (typeof QUEUE_SITUATIONS)[keyof typeof QUEUE_SITUATIONS][number] | (typeof QUEUE_PRACTICE)[number];
export const queueSituations = (level: number): readonly QueueSituation[] =>
  QUEUE_SITUATIONS[level as keyof typeof QUEUE_SITUATIONS] ?? QUEUE_SITUATIONS[4];

const PEOPLE: Readonly<Record<number, number>> = { 1: 2, 2: 3, 3: 3, 4: 4 };
/** How many people want something at once in a situation of this level. */
export const queuePeople = (level: number): number => PEOPLE[level] ?? PEOPLE[4]!;

export const queueRules: GameRules = {
  cuts: [0.5, 0.75, 0.95],
  practiceTrials: 2,
  expectedAnswer: (shown, level) => ((queueSituations(level) as readonly string[]).includes(shown) ? '0' : undefined),
  counts: (trial, expected) => trial.response === expected,
  onceKey: (shown) => shown,
  sample: (level, trials, good) =>
    Array.from({ length: trials }, (_, k) => {
      const well = good(k);
      return {
        stimulus: `${queueSituations(level)[k]!}>0`,
        response: well ? '0' : String(1 + (k % (queuePeople(level) - 1))),
        correct: well,
        reactionMs: 15000,
      };
    }),
};
