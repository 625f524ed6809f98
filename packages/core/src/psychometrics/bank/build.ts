/**
 * Builders for the item bank. Authors say how hard an item is to endorse in words; the
 * builder turns that into provisional IRT parameters by one written-down rule, so no item
 * is hand-tuned to a benchmark. See docs/psychometrics.md ("Provisional parameters").
 */
import type { GameMechanic, Item, SceneSetting, Statement } from '../../domain.js';
import { translated } from '../translations/index.js';

/** How hard it is to pick the best option of a scene (or to do a game block well). */
export type Difficulty = 'easy' | 'medium' | 'hard' | 'very-hard';

/** Location (mean threshold) on the theta scale per difficulty word. */
export const DIFFICULTY_LOCATION: Record<Difficulty, number> = {
  easy: -1.2,
  medium: -0.4,
  hard: 0.4,
  'very-hard': 1.2,
};

/**
 * Expected answer time from the Dutch text: reading at 120 words a minute (0.5 s a word: a
 * slow, careful B1 reader) plus time to choose. Used by the adaptive test's time budget.
 */
export function readingSeconds(text: string, choose = 2.5): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.round((choose + 0.5 * words) * 10) / 10;
}

/** Distance between neighbouring thresholds of a graded item. */
export const THRESHOLD_STEP = 1.3;

/** Evenly spread ordered thresholds around a location. */
export function spreadThresholds(location: number, count: number, step = THRESHOLD_STEP): number[] {
  const mid = (count - 1) / 2;
  return Array.from({ length: count }, (_, k) => Math.round((location + (k - mid) * step) * 100) / 100);
}

export interface GameSpec {
  id: string;
  skill: string;
  mechanic: GameMechanic;
  /** Block difficulty 1-4: more trials, tighter rules. */
  level: 1 | 2 | 3 | 4;
  trials: number;
  /** Games discriminate less than scenes: 0.5-1.0. */
  a: number;
  seconds: number;
  nl: string;
  en: string;
}

const LEVEL_DIFFICULTY: Record<GameSpec['level'], Difficulty> = { 1: 'easy', 2: 'medium', 3: 'hard', 4: 'very-hard' };

/** A block of mini-game trials, scored 0-3 by its mechanic (see games.ts). */
export function gameBlock(spec: GameSpec): Item {
  return {
    id: spec.id,
    skillId: spec.skill,
    format: 'game',
    model: 'grm',
    discrimination: spec.a,
    thresholds: spreadThresholds(DIFFICULTY_LOCATION[LEVEL_DIFFICULTY[spec.level]], 3),
    expectedSeconds: spec.seconds,
    prompt: translated({ nl: spec.nl, en: spec.en }),
    game: { mechanic: spec.mechanic, trials: spec.trials, level: spec.level },
    provisional: true,
  };
}

export interface SceneSpec {
  id: string;
  skill: string;
  /** Discrimination, 0.8-2.0. */
  a: number;
  difficulty: Difficulty;
  /** The workplace the text names (verzorgingshuis, magazijn, bouw …): the widget draws it above the scene. */
  setting: SceneSetting;
  nl: string;
  en: string;
  /** 3-4 options; category 0 is the least skilled answer; the best answer has the highest category. */
  options: { nl: string; en: string; category: number }[];
  seconds?: number;
}

/**
 * The share of scene answers taken to be guesses (a tap without reading closely): about one in
 * ten, as studies of careless responding in online questionnaires find (Meade & Craig 2012:
 * 10-12 % of respondents). Provisional, like every parameter here; a calibration may estimate it.
 */
export const SCENE_GUESSING = 0.1;

/**
 * Per category, the chance that a guess lands there: a guess picks any option alike, so a
 * category gets the guessing share times its share of the options (see models.ts).
 */
export function guessingFloor(categories: readonly number[], count: number, share = SCENE_GUESSING): number[] {
  return Array.from(
    { length: count },
    (_, k) => (share * categories.filter((c) => c === k).length) / categories.length,
  );
}

/** A situational-judgement scene: a short work situation and what you would do. */
export function scene(spec: SceneSpec): Item {
  const categories = new Set(spec.options.map((o) => o.category)).size;
  return {
    id: spec.id,
    skillId: spec.skill,
    format: 'sjt',
    model: categories > 2 ? 'grm' : '2pl',
    discrimination: spec.a,
    thresholds: spreadThresholds(DIFFICULTY_LOCATION[spec.difficulty], categories - 1),
    expectedSeconds: spec.seconds ?? readingSeconds([spec.nl, ...spec.options.map((o) => o.nl)].join(' '), 4),
    prompt: translated({ nl: spec.nl, en: spec.en }),
    options: spec.options.map((o) => ({ text: translated({ nl: o.nl, en: o.en }), category: o.category })),
    guessing: guessingFloor(
      spec.options.map((o) => o.category),
      categories,
    ),
    setting: spec.setting,
    provisional: true,
  };
}

/** How good a statement makes someone look, as the author judges it (see docs/psychometrics.md). */
export type Desirability = Statement['desirability'];

/** μ per desirability word: blocks pair statements of the same word, so μ differences stay small. */
export const DESIRABILITY_INTERCEPT: Record<Desirability, number> = { low: -0.5, medium: 0, high: 0.5 };

/** ψ² of every statement until calibration: half of a statement's appeal is its skill. */
export const STATEMENT_UNIQUENESS = 0.5;

export interface StatementSpec {
  id: string;
  skill: string;
  /** negative: the statement says less of the skill ("Ik begin vaak zonder plan"). */
  keyed: 'positive' | 'negative';
  desirability: Desirability;
  /** |λ|, 0.6-1.2: how clearly the statement is about this one skill. */
  a: number;
  nl: string;
  en: string;
}

/** A statement for forced-choice blocks; its Thurstonian parameters by the rule above. */
export function statement(spec: StatementSpec): Statement {
  return {
    id: spec.id,
    skillId: spec.skill,
    text: translated({ nl: spec.nl, en: spec.en }),
    keyed: spec.keyed,
    desirability: spec.desirability,
    loading: spec.keyed === 'positive' ? spec.a : -spec.a,
    intercept: DESIRABILITY_INTERCEPT[spec.desirability],
    uniqueness: STATEMENT_UNIQUENESS,
    // Two statements are read per block; half the choosing time is counted per statement.
    expectedSeconds: readingSeconds(spec.nl, 1.5),
    provisional: true,
  };
}
