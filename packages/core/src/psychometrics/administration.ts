/**
 * The assessment as the server runs it (#17): a few preference questions first (interests and
 * work environment), then the adaptive test. The server keeps the keys: what it sends is a
 * `Step` — texts and options, never a category, a keying or a parameter — and the options of a
 * scene come in an order shuffled per session, so neither a position nor an id tells which one
 * scores higher. Every function here is pure: the state is rebuilt from the stored answers and
 * the session's seed, so any server instance can answer any request.
 */
import type { GameTrial, Step } from '../domain.js';
import { AdaptiveEngine, addOutside, isRapidGuess, unitSeconds, type AdaptiveState, type Unit } from './adaptive.js';
import { type GameOptions } from './games/index.js';
import { sampleTrials } from './simulate.js';
import { environmentQuestions, interestPairs, interestPrompt, isInterestPair } from './preferences/questions.js';
import { preferenceQuestion, scorePreferences, type PreferenceScores } from './preferences/score.js';
import { blockComparisons, blockPairs, categoryOfRanking, rankingOf } from './blocks.js';
import { categoryProbabilities } from './models.js';
import { personFit, type FitAnswer } from './person-fit.js';
import { logPickProbability } from './thurstonian.js';
import { nextUniform, seedRng } from './random.js';
import { ResponseError, categoryOf, indexItems, type ItemIndex } from './responses.js';
import { translated } from './translations/index.js';

/** The question above a forced-choice block of three, and of two. */
export const MOST_LIKE_YOU = translated({ nl: 'Wat past het best bij jou?', en: 'Which is most like you?' });
export const MORE_LIKE_YOU = translated({ nl: 'Wat past beter bij jou?', en: 'Which is more like you?' });

/** A stored raw answer: the index of the option shown (or a game's trials). */
export interface RawAnswer {
  itemId: string;
  choice?: number;
  /** A block of three: the statement least like the person, as shown. */
  least?: number;
  trials?: GameTrial[];
  durationMs: number;
}

/**
 * The preference questions asked: the first six interest pairs (each area twice) and the four
 * facets most job profiles use. Ten short questions, about a minute and a half.
 */
export const PREFERENCE_STEPS: readonly string[] = [
  ...interestPairs.slice(0, 6).map((q) => q.id),
  ...['indoors-outdoors', 'seated-physical', 'fixed-hours-shifts', 'people-things'].map(
    (facet) => environmentQuestions.find((q) => q.facetId === facet)!.id,
  ),
];

/**
 * The rhythm (#18): two interest questions warm up; then the adaptive test (a scene and a game
 * first); the other preference questions come once half its time is used, after the widget's
 * break screen — a lighter stretch in the middle instead of ten questions before anything else.
 */
export const WARM_UP_STEPS = 2;

/** Seconds the preference questions are expected to take. */
export const PREFERENCE_SECONDS = PREFERENCE_STEPS.reduce((s, id) => s + preferenceQuestion(id)!.expectedSeconds, 0);

/**
 * Seconds the practice rounds take (one before each game mechanic's first block: the test plays
 * three mechanics); an estimate — the adaptive part's time is measured, this is set aside.
 */
export const PRACTICE_SECONDS = 3 * 25;

/** The whole test's budget; the adaptive part gets what the preference questions and practice leave. */
export const TEST_BUDGET_SECONDS = 12 * 60;
export const ADAPTIVE_BUDGET_SECONDS = TEST_BUDGET_SECONDS - PREFERENCE_SECONDS - PRACTICE_SECONDS;

/** A deterministic permutation of 0..n-1 for this session and unit. */
export function shownOrder(seed: number, unitId: string, n: number): number[] {
  let h = seed >>> 0;
  for (let i = 0; i < unitId.length; i++) h = Math.imul(h ^ unitId.charCodeAt(i), 0x01000193) >>> 0;
  const rng = seedRng(h);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(nextUniform(rng) * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** One right/wrong observation for the DIF check: what, the outcome, and the ability it depends on. */
export interface DifObservation {
  /** The item, or the pair of statements `first|second`. */
  key: string;
  /** The stored answer it came from (a block gives one per pair). */
  unitId: string;
  outcome: 0 | 1;
  /** The ability it depends on: Σ weight · θ of the skill. */
  weights: readonly (readonly [skillId: string, weight: number])[];
  /** The model's probability of outcome 1 at these θs per skill (for item fit). */
  expected: (theta: ReadonlyMap<string, number>) => number;
}

export interface TestProgress {
  percent: number;
  skillsDone: number;
  skills: number;
}

export class Administration {
  private readonly items: ItemIndex;

  /**
   * `preferenceSteps`: the preference questions this test asks (none in a re-measurement, see
   * growth.ts: interests and work environment are not what a learning step changes).
   */
  constructor(
    readonly engine: AdaptiveEngine,
    private readonly preferenceSteps: readonly string[] = PREFERENCE_STEPS,
  ) {
    this.items = indexItems(engine.bank);
  }

  /** The step as shown, or undefined for an id that is no step of this test. */
  step(seed: number, id: string): Step | undefined {
    const question = this.preferenceSteps.includes(id) ? preferenceQuestion(id) : undefined;
    if (question && isInterestPair(question)) {
      const { first, second } = question;
      return {
        id,
        kind: 'interest',
        prompt: interestPrompt,
        options: [first, second].map((a) => ({ text: a.text, picture: a.picture })),
        expectedSeconds: question.expectedSeconds,
      };
    }
    if (question && !isInterestPair(question)) {
      const options = question.options.map((o) => ({ text: o.text }));
      return { id, kind: 'environment', prompt: question.prompt, options, expectedSeconds: question.expectedSeconds };
    }
    const unit = this.engine.unit(id);
    return unit && this.present(seed, unit);
  }

  private present(seed: number, unit: Unit): Step {
    const expectedSeconds = unitSeconds(unit);
    if (unit.kind === 'block') {
      const { statements } = unit.block;
      const prompt = statements.length === 3 ? MOST_LIKE_YOU : MORE_LIKE_YOU;
      const order = shownOrder(seed, unit.id, statements.length);
      return {
        id: unit.id,
        kind: 'choice',
        prompt,
        options: order.map((k) => ({ text: statements[k]!.text })),
        expectedSeconds,
      };
    }
    const { item } = unit;
    if (item.format === 'game') {
      return { id: item.id, kind: 'game', prompt: item.prompt, options: [], game: item.game!, expectedSeconds };
    }
    const options = item.options!;
    const order = shownOrder(seed, item.id, options.length);
    return {
      id: item.id,
      kind: 'scene',
      prompt: item.prompt,
      options: order.map((k) => ({ text: options[k]!.text })),
      // The drawing of the workplace: the same for every option, so it tells nothing of the key.
      ...(item.setting && { picture: item.setting }),
      expectedSeconds,
    };
  }

  /**
   * The scored category of an answer to a step (for preferences: the choice itself), or a
   * ResponseError naming the field. The choice is an index into the options as shown.
   */
  category(seed: number, answer: Omit<RawAnswer, 'durationMs'>, options: GameOptions = {}): number {
    const { itemId } = answer;
    // What the step is, without drawing it: this runs for every stored answer on every request.
    const question = this.preferenceSteps.includes(itemId) ? preferenceQuestion(itemId) : undefined;
    const unit = question ? undefined : this.engine.unit(itemId);
    if (!question && !unit) throw new ResponseError('itemId', `"${itemId}" is not an item of this test`);
    if (unit?.kind === 'item' && unit.item.format === 'game') return categoryOf(this.items, answer, options);
    if (answer.trials) throw new ResponseError('trials', 'are only for a game block');
    let count: number;
    if (question) count = isInterestPair(question) ? 2 : question.options.length;
    else count = unit!.kind === 'block' ? unit!.block.statements.length : unit!.item.options!.length;
    const { choice, least } = answer;
    const inRange = (x: number) => Number.isInteger(x) && x >= 0 && x < count;
    if (choice === undefined || !inRange(choice)) {
      throw new ResponseError('choice', `must be 0 to ${count - 1} for item "${itemId}"`);
    }
    const ranked = unit?.kind === 'block' && count === 3;
    if (ranked && (least === undefined || !inRange(least) || least === choice)) {
      throw new ResponseError('least', `must be 0 to 2 and not ${choice}: the statement least like you in "${itemId}"`);
    }
    if (!ranked && least !== undefined) throw new ResponseError('least', 'is only for a block of three statements');
    if (!unit) return choice;
    const order = shownOrder(seed, itemId, count);
    if (unit.kind === 'item') return categoryOf(this.items, { itemId, choice: order[choice]! });
    // The ranking in the block's own order: best, (middle,) worst.
    const best = order[choice]!;
    const worst = ranked ? order[least!]! : order[1 - choice]!;
    const middle = order.filter((k) => k !== best && k !== worst);
    return categoryOfRanking([best, ...middle, worst]);
  }

  /**
   * A raw answer, as the widget would send it, that scores `category` on this unit: the option
   * as shown (a block of three: also the least-like-you one), or game trials. For simulated
   * people (benchmarks, test data); undefined when no answer scores that category.
   */
  rawAnswer(
    seed: number,
    unitId: string,
    category: number,
    options: GameOptions = {},
  ): Omit<RawAnswer, 'durationMs'> | undefined {
    const unit = this.engine.unit(unitId);
    if (!unit) return undefined;
    if (unit.kind === 'item' && unit.item.format === 'game') {
      const game = unit.item.game!;
      // Trials done well one by one from the first, until the block scores the category.
      for (let good = 0; good <= game.trials; good++) {
        const trials = sampleTrials(game, (k) => k < good);
        if (categoryOf(this.items, { itemId: unitId, trials }, options) === category) return { itemId: unitId, trials };
      }
      return undefined;
    }
    const count = unit.kind === 'block' ? unit.block.statements.length : unit.item.options!.length;
    const order = shownOrder(seed, unitId, count);
    const shown = (k: number) => order.indexOf(k);
    if (unit.kind === 'item') {
      const k = unit.item.options!.findIndex((o) => o.category === category);
      return k < 0 ? undefined : { itemId: unitId, choice: shown(k) };
    }
    const ranking = rankingOf(category, count);
    if (!ranking) return undefined;
    const best = shown(ranking[0]!);
    return count === 3 ? { itemId: unitId, choice: best, least: shown(ranking[2]!) } : { itemId: unitId, choice: best };
  }

  /** The adaptive state and the preference answers after these stored answers, in their order. */
  state(seed: number, answers: readonly RawAnswer[], options: GameOptions = {}) {
    let adaptive: AdaptiveState = this.engine.start(seed);
    const preferences: { id: string; choice: number }[] = [];
    for (const answer of answers) {
      const category = this.category(seed, answer, options);
      if (this.preferenceSteps.includes(answer.itemId)) {
        preferences.push({ id: answer.itemId, choice: category });
        // Their time counts for the pace and the budget, at most three times the expected (a
        // pause or a distraction must not end the test at once).
        const expected = preferenceQuestion(answer.itemId)!.expectedSeconds;
        const took = Math.min(answer.durationMs / 1000, 3 * expected);
        adaptive = { ...adaptive, outside: addOutside(adaptive.outside, took, expected) };
      } else {
        const unit = this.engine.unit(answer.itemId)!;
        adaptive = this.engine.record(adaptive, unit, category, answer.durationMs / 1000);
      }
    }
    return { adaptive, preferences };
  }

  /**
   * The next steps to show (up to `count`) and the progress, from one rebuild of the state: the
   * steps sent before and not answered yet first (the device may be showing them), then
   * preference questions, then the adaptive test's choice. No steps when the test is over.
   */
  ahead(
    seed: number,
    answers: readonly RawAnswer[],
    count: number,
    sent: readonly string[] = [],
    options: GameOptions = {},
  ): { next: Step[]; progress: TestProgress } {
    const state = this.state(seed, answers, options);
    const { adaptive } = state;
    const answered = new Set(answers.map((a) => a.itemId));
    const open = (id: string) => !answered.has(id);
    // The warm-up first; the other preference questions once half the adaptive time is used.
    const half = this.engine.spent(adaptive) >= this.engine.budget(adaptive) / 2;
    const preferences = (due: readonly string[]) =>
      [...new Set([...sent.filter((id) => this.preferenceSteps.includes(id)), ...due])].filter(open).slice(0, count);
    let ids = preferences(half ? this.preferenceSteps : this.preferenceSteps.slice(0, WARM_UP_STEPS));
    const ahead = sent.filter((id) => open(id) && !this.preferenceSteps.includes(id));
    const units = ids.length < count ? this.engine.plan(adaptive, count - ids.length, ahead) : [];
    // An adaptive part over before its half (it never is in practice) still asks them all.
    if (!half && !units.length) ids = preferences(this.preferenceSteps);
    const next = [...ids.map((id) => this.step(seed, id)!), ...units.map((u) => this.present(seed, u))];
    return { next, progress: this.progressOf(state) };
  }

  private progressOf({ adaptive, preferences }: { adaptive: AdaptiveState; preferences: unknown[] }): TestProgress {
    const p = this.engine.progress(adaptive);
    // The preference questions count for their share of the time, whenever they come.
    const share = this.preferenceSteps.length ? PREFERENCE_SECONDS / TEST_BUDGET_SECONDS : 0;
    const before = share && (share * preferences.length) / this.preferenceSteps.length;
    return {
      percent: Math.min(99, Math.floor(100 * (before + (1 - share) * (p.percent / 100)))),
      skillsDone: p.skillsDone,
      skills: p.skills,
    };
  }

  /**
   * The answers that are evidence, with their scored category: to the adaptive test's units (not
   * the preference questions), and not rapid guesses (see isRapidGuess).
   */
  *scoredUnits(seed: number, answers: readonly RawAnswer[], options: GameOptions = {}) {
    for (const answer of answers) {
      const unit = this.preferenceSteps.includes(answer.itemId) ? undefined : this.engine.unit(answer.itemId);
      if (unit && !isRapidGuess(unit, answer.durationMs / 1000))
        yield { unit, category: this.category(seed, answer, options) };
    }
  }

  /**
   * The answers as right/wrong observations for the fairness check (DIF, see fairness.ts). A
   * scene or game block: whether its category is in the upper half, on its skill. A forced-choice
   * block: for each pair of its statements, whether the first was preferred, on λ₁θ₁ − λ₂θ₂ (what
   * the model says makes the first more likely). `weights` turn a person's θ per skill into the
   * ability they are matched on. Preference questions measure no skill: none.
   */
  observations(seed: number, answers: readonly RawAnswer[], options: GameOptions = {}): DifObservation[] {
    const out: DifObservation[] = [];
    for (const { unit, category } of this.scoredUnits(seed, answers, options)) {
      if (unit.kind === 'item') {
        const { item } = unit;
        const top = item.thresholds.length;
        const upper = (k: number) => k * 2 >= top + 1;
        out.push({
          key: unit.id,
          unitId: unit.id,
          outcome: upper(category) ? 1 : 0,
          weights: [[item.skillId, 1]],
          expected: (theta) =>
            categoryProbabilities(item, theta.get(item.skillId) ?? 0).reduce(
              (sum, p, k) => (upper(k) ? sum + p : sum),
              0,
            ),
        });
        continue;
      }
      const { statements } = unit.block;
      const pairs = blockPairs(statements);
      blockComparisons(statements, category).forEach((comparison, k) => {
        const { i, j } = pairs[k]!;
        const first = statements[i]!;
        const second = statements[j]!;
        out.push({
          key: `${first.id}|${second.id}`,
          unitId: unit.id,
          outcome: comparison.pickedFirst ? 1 : 0,
          weights: [
            [first.skillId, first.loading],
            [second.skillId, -second.loading],
          ],
          expected: (theta) =>
            Math.exp(
              logPickProbability(comparison.pair, true, theta.get(first.skillId) ?? 0, theta.get(second.skillId) ?? 0),
            ),
        });
      });
    }
    return out;
  }

  /** Person fit of the answers at the person's θ per skill (see personFitOf). */
  personFit(
    seed: number,
    answers: readonly RawAnswer[],
    theta: ReadonlyMap<string, number>,
    options: GameOptions = {},
  ) {
    return personFitOf(this.scoredUnits(seed, answers, options), theta);
  }

  /** What the answers say: per skill the estimate, and the interests and environment. */
  result(seed: number, answers: readonly RawAnswer[], options: GameOptions = {}) {
    const { adaptive, preferences } = this.state(seed, answers, options);
    const finished = this.engine.plan(adaptive, 1).length === 0;
    const estimates = this.engine.estimates(adaptive);
    const preferenceScores: PreferenceScores = scorePreferences(preferences);
    return { estimates, finished, ...preferenceScores };
  }
}

/**
 * Person fit of scored answers at the person's θ per skill (see person-fit.ts): each scene or
 * game block with its category probabilities, each pair of a forced-choice block with the
 * probability of the pick. Answers on a skill without a θ are left out.
 */
export function personFitOf(
  scored: Iterable<{ unit: Unit; category: number }>,
  theta: ReadonlyMap<string, number>,
): ReturnType<typeof personFit> {
  const fit: FitAnswer[] = [];
  for (const { unit, category } of scored) {
    if (unit.kind === 'item') {
      const t = theta.get(unit.item.skillId);
      if (t !== undefined) fit.push({ probabilities: categoryProbabilities(unit.item, t), observed: category });
      continue;
    }
    for (const { pair, pickedFirst } of blockComparisons(unit.block.statements, category)) {
      const first = theta.get(pair.first.skillId);
      const second = theta.get(pair.second.skillId);
      if (first === undefined || second === undefined) continue;
      const p = Math.exp(logPickProbability(pair, true, first, second));
      fit.push({ probabilities: [1 - p, p], observed: pickedFirst ? 1 : 0 });
    }
  }
  return personFit(fit);
}
