/**
 * Answering a unit of the adaptive test by the model, for simulations (benchmarks, tests and
 * scripted personas): a scene or game block by the graded response model, a forced-choice
 * block by the Thurstonian model. A simulation should answer with parameters *different* from
 * the ones the engine scores with (see bench/psychometrics.ts), or its figures flatter.
 */
import type { GameMechanic, GameTrial, Item, Statement } from '../domain.js';
import type { Unit } from './adaptive.js';
import { GAME_RULES } from './games/index.js';
import { categoryOfRanking } from './blocks.js';
import { sampleCategory } from './models.js';
import type { Random } from './random.js';

/**
 * Parameters other than the bank's, for a simulation's people to answer by: each discrimination,
 * loading and scene's share of guesses times a factor within 1 ± `factor`, each item's thresholds (together) and each
 * statement's intercept moved by up to ± `shift` (uniform draws, in the order of the lists).
 */
export function otherParameters(
  items: readonly Item[],
  statements: readonly Statement[],
  random: Random,
  { factor, shift }: { factor: number; shift: number },
) {
  const times = () => 1 + (random.uniform() * 2 - 1) * factor;
  const moved = () => (random.uniform() * 2 - 1) * shift;
  return {
    items: new Map<string, Item>(
      items.map((item) => {
        const b = moved();
        const a = item.discrimination * times();
        // People guess at a scene more or less often than the bank assumes, too.
        const guess = item.guessing && times();
        return [
          item.id,
          {
            ...item,
            discrimination: a,
            thresholds: item.thresholds.map((t) => t + b),
            ...(item.guessing && { guessing: item.guessing.map((g) => g * guess!) }),
          },
        ];
      }),
    ),
    statements: new Map<string, Statement>(
      statements.map((st) => [st.id, { ...st, loading: st.loading * times(), intercept: st.intercept + moved() }]),
    ),
  };
}

/** A category for the unit: 0-K for an item, the ranking's number for a block (see blocks.ts). */
export function sampleAnswer(unit: Unit, thetaOf: (skillId: string) => number, random: Random): number {
  if (unit.kind === 'item') return sampleCategory(unit.item, thetaOf(unit.item.skillId), random.uniform());
  return sampleRanking(unit.block.statements, thetaOf, random);
}

/**
 * A ranking of statements by the Thurstonian model itself: each statement's utility
 * μ + λθ + ε (ε ~ N(0, ψ²)) drawn once, highest first. Drawn this way, the comparisons within a
 * block of three share their errors, as real answers do (the scorer treats them as independent).
 */
export function sampleRanking(
  statements: readonly Statement[],
  thetaOf: (skillId: string) => number,
  random: Random,
): number {
  const utility = statements.map(
    (st) => st.intercept + st.loading * thetaOf(st.skillId) + Math.sqrt(st.uniqueness) * random.normal(),
  );
  const ranking = statements.map((_, i) => i).sort((i, j) => utility[j]! - utility[i]!);
  return categoryOfRanking(ranking);
}

/**
 * Valid trials of a game block, each done well when `good(k)` says so: what a scripted player
 * (a test, the demo's sample data) sends. Stimuli are what the game shows at that level.
 */
export function sampleTrials(
  game: { mechanic: GameMechanic; level: number; trials: number },
  good: (k: number) => boolean,
): GameTrial[] {
  return GAME_RULES[game.mechanic].sample(game.level, game.trials, good);
}
