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
import { nextUniform, seedRng } from './random.js';

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
 * With answer counts, rounds go where answers are missing until every unit has this many: twice
 * what a calibration needs at least (CALIBRATION_LIMITS.minResponses), as a unit just over the
 * minimum is still estimated loosely.
 */
export const RESEARCH_TARGET_ANSWERS = 400;

/**
 * The round for one person: one skill, and that skill's scenes and games the person has not
 * seen (`seen`: their test and earlier rounds), in an order drawn by the seed, as many as fit the
 * time. Without `answered`, the skill is drawn by the seed (the next one when fewer than three of
 * its scenes and games are left). With `answered` (how many answers each unit has so far, from
 * the people who gave the research consent), the round goes where answers are missing: each
 * skill is drawn with a chance in proportion to how many answers its round would add below
 * RESEARCH_TARGET_ANSWERS, and within the skill the least answered units are taken first.
 */
export function researchForm(
  engine: Pick<AdaptiveEngine, 'bank' | 'config'>,
  seen: readonly string[],
  seed: number,
  answered?: ReadonlyMap<string, number>,
): ResearchForm {
  const { skills } = engine.config;
  const shown = new Set(seen);
  let fullest: ResearchForm | undefined;
  const forms: { form: ResearchForm; need: number }[] = [];
  for (const k of shownOrder(seed, 'research-skill', skills.length)) {
    const form = formOf(engine, skills[k]!, shown, seed, answered);
    if (form.units.length >= MIN_ROUND_UNITS) {
      if (!answered) return form;
      const need = form.units.reduce(
        (sum, id) => sum + Math.max(0, RESEARCH_TARGET_ANSWERS - (answered.get(id) ?? 0)),
        0,
      );
      forms.push({ form, need });
    }
    if (!fullest || form.units.length > fullest.units.length) fullest = form;
  }
  if (!forms.length) return fullest!;
  const total = forms.reduce((sum, f) => sum + f.need, 0);
  // Every unit has its answers: the seed's first skill, as without counts.
  if (total === 0) return forms[0]!.form;
  let pick = nextUniform(seedRng(seed ^ 0x5eed)) * total;
  for (const f of forms) if ((pick -= f.need) < 0) return f.form;
  return forms.at(-1)!.form;
}

function formOf(
  engine: Pick<AdaptiveEngine, 'bank'>,
  skillId: string,
  shown: ReadonlySet<string>,
  seed: number,
  answered?: ReadonlyMap<string, number>,
): ResearchForm {
  const candidates: Item[] = engine.bank.filter((item) => item.skillId === skillId && !shown.has(item.id));
  const order = shownOrder(seed, `research:${skillId}`, candidates.length).map((k) => candidates[k]!);
  // Which units: the least answered first when the counts are known (the drawn order breaks ties).
  const byNeed = answered ? [...order].sort((a, b) => (answered.get(a.id) ?? 0) - (answered.get(b.id) ?? 0)) : order;
  const taken = new Set<string>();
  let seconds = 0;
  const take = (item: Item) => {
    taken.add(item.id);
    seconds += item.expectedSeconds;
  };
  const fits = (item: Item) =>
    taken.size < RESEARCH_ROUND_UNITS && seconds + item.expectedSeconds <= RESEARCH_ROUND_SECONDS;
  const isLong = (item: Item) => item.expectedSeconds > RESEARCH_LONG_UNIT_SECONDS;
  // Shorter units first; a long one only once three others are in.
  for (const item of byNeed) if (!isLong(item) && fits(item)) take(item);
  if (taken.size >= MIN_ROUND_UNITS) for (const item of byNeed) if (!taken.has(item.id) && fits(item)) take(item);
  // Shown in the drawn order, the shorter ones first.
  const inOrder = order.filter((item) => taken.has(item.id));
  return { skillId, units: [...inOrder.filter((i) => !isLong(i)), ...inOrder.filter(isLong)].map((i) => i.id) };
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
