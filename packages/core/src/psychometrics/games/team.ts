/**
 * Working together ("Samen klaar"): you and a colleague finish a job together. Each situation
 * shows how many minutes of work you and your colleague still have, and what each option does
 * to those minutes; you choose what to do now. stimulus "situation>option" (the best option for
 * the team, worked out here from the numbers), response: the option chosen. No time pressure:
 * speed is never scored.
 *
 * The rule that decides, shown to the player in words:
 * 1. the team is done when everybody is done: the best option makes the larger of the two
 *    numbers smallest (so helping is best when it brings the last one in sooner, and going on
 *    with your own work is best when helping would make you the last one);
 * 2. if your part has a deadline the team waits for (a truck, the lunch), an option that makes
 *    you miss it is out;
 * 3. ask the team leader only when neither of you can fix it (the colleague is stuck and you
 *    cannot help): then it is the only option that gets the team done.
 *
 * Level 1: help or go on, big differences. Level 2: help or go on, closer: a colleague who is
 * behind, where helping still makes the team later. Level 3: a third option, ask the team
 * leader; a deadline for your own part; a colleague who is stuck but whom you can help. Level 4:
 * a fourth option, share a tip (costs you less than helping; sometimes it saves as much, sometimes
 * far less); deadlines that rule out helping.
 * Each level shows all its situations in a block, so "always help" and "never help" both stay
 * below category 2 at every level (games.test.ts). A block shows each situation once.
 */
import type { GameRules } from './rules.js';

/** What you can do now. */
export type TeamOption = 'help' | 'own' | 'leader' | 'tip';

/** One situation: minutes of work left, and what helping or a tip changes. */
export interface TeamCase {
  /** Minutes of work you still have. */
  mine: number;
  /** Minutes of work your colleague still has (once they can go on). */
  theirs: number;
  /** Helping: minutes it costs you, minutes your colleague is done sooner. */
  help: readonly [costs: number, saves: number];
  /** A tip (level 4): minutes it costs you, minutes your colleague is done sooner. */
  tip?: readonly [costs: number, saves: number];
  /** Your part must be done within this many minutes: the whole team waits for it. */
  deadline?: number;
  /** Your colleague cannot go on, and neither of you can fix it: only the team leader can. */
  blocked?: true;
}

export const TEAM_CASES = {
  // Practice: never in a scored block.
  shelves: { mine: 10, theirs: 40, help: [10, 20] },
  leaves: { mine: 30, theirs: 10, help: [10, 5] },
  // Level 1.
  warehouse: { mine: 10, theirs: 40, help: [10, 20] },
  kitchen: { mine: 40, theirs: 10, help: [10, 5] },
  bricks: { mine: 20, theirs: 50, help: [10, 25] },
  beds: { mine: 30, theirs: 15, help: [15, 10] },
  // Level 2.
  'price-gun': { mine: 20, theirs: 35, help: [20, 10] },
  cakes: { mine: 25, theirs: 45, help: [10, 20] },
  windows: { mine: 35, theirs: 20, help: [10, 10] },
  hotel: { mine: 15, theirs: 40, help: [15, 15] },
  parcels: { mine: 30, theirs: 40, help: [15, 15] },
  // Level 3.
  truck: { mine: 20, theirs: 50, help: [10, 25], deadline: 25 },
  soup: { mine: 10, theirs: 40, help: [15, 20], deadline: 30 },
  'site-lift': { mine: 20, theirs: 30, help: [10, 0], blocked: true },
  scanner: { mine: 20, theirs: 45, help: [5, 25] },
  laundry: { mine: 40, theirs: 30, help: [10, 15] },
  // Level 4.
  trolley: { mine: 20, theirs: 45, help: [15, 20], tip: [5, 20] },
  onions: { mine: 25, theirs: 60, help: [15, 35], tip: [5, 15], deadline: 35 },
  'window-frames': { mine: 15, theirs: 50, help: [15, 30], tip: [5, 5] },
  medicines: { mine: 30, theirs: 25, help: [10, 0], tip: [5, 0], blocked: true },
  concrete: { mine: 15, theirs: 45, help: [15, 25], tip: [10, 15], deadline: 20 },
} as const satisfies Record<string, TeamCase>;

export type TeamSituation = keyof typeof TEAM_CASES;

export const TEAM_SITUATIONS = {
  1: ['warehouse', 'kitchen', 'bricks', 'beds'],
  2: ['price-gun', 'cakes', 'windows', 'hotel', 'parcels'],
  3: ['truck', 'soup', 'site-lift', 'scanner', 'laundry'],
  4: ['trolley', 'onions', 'window-frames', 'medicines', 'concrete'],
} as const satisfies Record<1 | 2 | 3 | 4, readonly TeamSituation[]>;
/** Practice: situations that no scored level has (helping is best in one, going on in the other). */
export const TEAM_PRACTICE = ['shelves', 'leaves'] as const satisfies readonly TeamSituation[];

export const teamSituations = (level: number): readonly TeamSituation[] =>
  TEAM_SITUATIONS[level as keyof typeof TEAM_SITUATIONS] ?? TEAM_SITUATIONS[4];

const OPTIONS: Readonly<Record<number, readonly TeamOption[]>> = {
  1: ['help', 'own'],
  2: ['help', 'own'],
  3: ['help', 'own', 'leader'],
  4: ['help', 'own', 'leader', 'tip'],
};
/** The options of a level (practice: help or go on, at every level). */
export const teamOptions = (level: number): readonly TeamOption[] => OPTIONS[level] ?? OPTIONS[4]!;

/**
 * Minutes of work left after an option, for you and your colleague (null: your colleague still
 * cannot go on). Undefined for asking the team leader when the team can fix it itself (the
 * rule: ask only when neither of you can), and for a tip the situation has none of.
 */
export function teamOutcome(
  id: TeamSituation,
  option: TeamOption,
): { mine: number; theirs: number | null } | undefined {
  const c: TeamCase = TEAM_CASES[id];
  const stuck = c.blocked === true;
  if (option === 'leader') return stuck ? { mine: c.mine, theirs: c.theirs } : undefined;
  const change = option === 'own' ? ([0, 0] as const) : option === 'help' ? c.help : c.tip;
  if (!change) return undefined;
  return { mine: c.mine + change[0], theirs: stuck ? null : c.theirs - change[1] };
}

/**
 * When the team is done after an option, in minutes; Infinity when it is not done (your
 * colleague is still stuck, or you miss the deadline the team waits for) or the option does
 * not fit the situation.
 */
export function teamDone(id: TeamSituation, option: TeamOption): number {
  const after = teamOutcome(id, option);
  const deadline: number = (TEAM_CASES[id] as TeamCase).deadline ?? Infinity;
  if (!after || after.theirs === null || after.mine > deadline) return Infinity;
  return Math.max(after.mine, after.theirs);
}

/** The option among `options` that gets the team done soonest (undefined if none does, or two tie). */
export function teamBest(id: TeamSituation, options: readonly TeamOption[]): TeamOption | undefined {
  const done = options.map((o) => teamDone(id, o));
  const soonest = Math.min(...done);
  if (!Number.isFinite(soonest) || done.filter((d) => d === soonest).length > 1) return undefined;
  return options[done.indexOf(soonest)];
}

const levelOf = (shown: string, level: number): TeamSituation | undefined =>
  (teamSituations(level) as readonly string[]).includes(shown) ? (shown as TeamSituation) : undefined;

export const teamRules: GameRules = {
  cuts: [0.5, 0.75, 0.95],
  practiceTrials: 2,
  expectedAnswer: (shown, level) => {
    const id = levelOf(shown, level);
    return id && teamBest(id, teamOptions(level));
  },
  counts: (trial, expected) => trial.response === expected,
  onceKey: (shown) => shown,
  sample: (level, trials, good) =>
    Array.from({ length: trials }, (_, k) => {
      const id = teamSituations(level)[k]!;
      const options = teamOptions(level);
      const best = teamBest(id, options)!;
      const others = options.filter((o) => o !== best);
      const well = good(k);
      return {
        stimulus: `${id}>${best}`,
        response: well ? best : others[k % others.length]!,
        correct: well,
        reactionMs: 30000,
      };
    }),
};
