/**
 * The research round (#20): after their test, a job seeker who gave the research consent may
 * answer a few more scenes and games of one skill — ones their test did not show. It is for
 * calibration only: their skillprint does not change.
 *
 * Why: calibration learns how sharply a unit separates people from people who answered several
 * units of one skill, and the adaptive test gives about 2.7 answers a skill (16 skills in 12
 * minutes); it also shows each scene to few people (six scenes a test over 96). A short fixed
 * round of one skill, in a random order, gives both: in simulation at N = 3000, 101 of the 116
 * scenes and games reached the 200 answers a calibration needs (50 without it), and the
 * discriminations and loadings came closer (docs/psychometrics.md, "The research round").
 */
import type { Item, Step } from '../domain.js';
import type { AdaptiveEngine } from './adaptive.js';
import { Administration, shownOrder, type RawAnswer, type TestProgress } from './administration.js';
import type { GameOptions } from './games/index.js';

/** The round takes at most this much of the person's time (expected answer times)… */
export const RESEARCH_ROUND_SECONDS = 4 * 60;
/** …and at most this many units. */
export const RESEARCH_ROUND_UNITS = 8;
/** A unit longer than this (the longer games) comes only after three shorter ones, so one game never is the whole round. */
export const RESEARCH_LONG_UNIT_SECONDS = 90;

/** What a research round asks: units of one skill, in the order they are shown. */
export interface ResearchForm {
  skillId: string;
  units: string[];
}

/** Fewer units than this say little about how a unit separates people: another skill is drawn. */
const MIN_ROUND_UNITS = 3;

/**
 * The round for one person: a skill drawn by the seed (the next one when fewer than three of its
 * scenes and games are left), and that skill's scenes and games the person has not seen (`seen`:
 * their test and earlier rounds), in an order drawn by the seed, as many as fit the time.
 */
export function researchForm(
  engine: Pick<AdaptiveEngine, 'bank' | 'config'>,
  seen: readonly string[],
  seed: number,
): ResearchForm {
  const { skills } = engine.config;
  const shown = new Set(seen);
  let fullest: ResearchForm | undefined;
  for (const k of shownOrder(seed, 'research-skill', skills.length)) {
    const form = formOf(engine, skills[k]!, shown, seed);
    if (form.units.length >= MIN_ROUND_UNITS) return form;
    if (!fullest || form.units.length > fullest.units.length) fullest = form;
  }
  return fullest!;
}

function formOf(
  engine: Pick<AdaptiveEngine, 'bank'>,
  skillId: string,
  shown: ReadonlySet<string>,
  seed: number,
): ResearchForm {
  const candidates: Item[] = engine.bank.filter((item) => item.skillId === skillId && !shown.has(item.id));
  const order = shownOrder(seed, `research:${skillId}`, candidates.length).map((k) => candidates[k]!);
  const units: string[] = [];
  let seconds = 0;
  const take = (item: Item) => {
    units.push(item.id);
    seconds += item.expectedSeconds;
  };
  const fits = (item: Item) =>
    units.length < RESEARCH_ROUND_UNITS && seconds + item.expectedSeconds <= RESEARCH_ROUND_SECONDS;
  // Shorter units first in the drawn order; a long one only once three others are in.
  for (const item of order) if (item.expectedSeconds <= RESEARCH_LONG_UNIT_SECONDS && fits(item)) take(item);
  if (units.length >= MIN_ROUND_UNITS) for (const item of order) if (!units.includes(item.id) && fits(item)) take(item);
  return { skillId, units };
}

/**
 * A research round as the server runs it: the form's units in order, no preference questions,
 * nothing adaptive. Steps and scoring are the whole test's (the same options, shuffled per
 * session; the same game rules), so its answers calibrate the same units.
 */
export class ResearchRound extends Administration {
  constructor(
    engine: AdaptiveEngine,
    readonly form: ResearchForm,
  ) {
    super(engine, []);
  }

  override ahead(
    seed: number,
    answers: readonly RawAnswer[],
    count: number,
    _sent: readonly string[] = [],
    _options: GameOptions = {},
  ): { next: Step[]; progress: TestProgress } {
    const answered = new Set(answers.map((a) => a.itemId));
    const open = this.form.units.filter((id) => !answered.has(id));
    const done = this.form.units.length - open.length;
    return {
      next: open.slice(0, count).map((id) => this.step(seed, id)!),
      progress: {
        percent: Math.min(99, Math.floor((100 * done) / Math.max(1, this.form.units.length))),
        skillsDone: open.length ? 0 : 1,
        skills: 1,
      },
    };
  }
}
