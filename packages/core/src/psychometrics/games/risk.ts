/**
 * Working safely: choose how to act in a situation. stimulus "situation>0" (the safe option is
 * option 0; the widget shuffles how they are shown), response: the option chosen. No time
 * pressure. Each level has situations of its own, each with three options of which option 0 is
 * the safe one. Level 1: obvious hazards. Level 2: the unsafe options sound careful ("I walk
 * around it"). Level 3: half measures that sound reasonable (gloves against a needle, coffee
 * against tiredness). Level 4: the safe option costs time or goes against a colleague or the
 * boss ("it's only a minute"). A level has at least as many situations as its block has trials;
 * a block shows each situation once.
 */
import type { GameRules } from './rules.js';

export const RISK_SITUATIONS = {
  1: ['fire', 'knife', 'ladder', 'cable', 'box', 'gloves'],
  2: ['lamp', 'spill', 'road', 'roof', 'patient', 'forklift', 'ears', 'sun'],
  3: ['dust', 'mix', 'jam', 'hair', 'tired', 'ice', 'gas', 'needle', 'reach', 'bottle'],
  4: [
    'minute',
    'licence',
    'guard',
    'phone',
    'harness',
    'queue',
    'test-run',
    'hoist',
    'shortcut',
    'dizzy',
    'torn',
    'exit',
  ],
} as const;
/** Risk practice: situations that no scored level has. */
export const RISK_PRACTICE = ['glass', 'stairs'] as const;
export type RiskSituation =
  (typeof RISK_SITUATIONS)[keyof typeof RISK_SITUATIONS][number] | (typeof RISK_PRACTICE)[number];
export const riskSituations = (level: number): readonly RiskSituation[] =>
  RISK_SITUATIONS[level as keyof typeof RISK_SITUATIONS] ?? RISK_SITUATIONS[4];

export const riskRules: GameRules = {
  cuts: [0.5, 0.75, 0.95],
  practiceTrials: 2,
  expectedAnswer: (shown, level) => ((riskSituations(level) as readonly string[]).includes(shown) ? '0' : undefined),
  counts: (trial, expected) => trial.response === expected,
  onceKey: (shown) => shown,
  sample: (level, trials, good) =>
    Array.from({ length: trials }, (_, k) => {
      const well = good(k);
      return {
        stimulus: `${riskSituations(level)[k]!}>0`,
        response: well ? '0' : '1',
        correct: well,
        reactionMs: 5000,
      };
    }),
};
