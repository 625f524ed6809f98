/**
 * A test under way: the device's saved test. The server chooses the steps and sends a few
 * ahead with every answer, so showing the next one never waits for the network; offline, the
 * test goes on with the steps it has and waits only when they run out.
 */
import type { ItemResponse, Step, StoredResponse } from '@pfw/contract';
import type { SavedTest } from './saved-test.js';

export interface Run {
  saved: SavedTest;
}

export interface AssessmentProgressDetail {
  sessionId: string;
  /** 0-100. */
  percent: number;
  answered: number;
}

const answered = (saved: SavedTest) => new Set(saved.responses.map((r) => r.itemId));

/** The step to show now: the first one sent ahead and not answered yet. */
export function nextStep({ saved }: Run): Step | undefined {
  const done = answered(saved);
  return saved.steps.find((s) => !done.has(s.id));
}

/** Keep a first answer to a step, raw, as unsent (a second one is ignored). */
export function store({ saved }: Run, step: Step, response: ItemResponse): void {
  if (saved.responses.some((r) => r.itemId === step.id)) return;
  if (saved.firstPick?.itemId === step.id) delete saved.firstPick;
  if (saved.gameTrials?.itemId === step.id) delete saved.gameTrials;
  saved.responses.push(response);
  saved.unsent.push(step.id);
  saved.steps = saved.steps.filter((s) => s.id !== step.id);
}

/** The server's reply to an answer: its steps ahead replace ours (minus what is answered here meanwhile; none once stopped). */
export function acknowledged(saved: SavedTest, reply: Pick<StoredResponse, 'next' | 'progress'>): void {
  const done = answered(saved);
  saved.steps = saved.stopped ? [] : reply.next.filter((s) => !done.has(s.id));
  saved.percent = Math.max(saved.percent, reply.progress.percent);
}

/** The test's time as core plans it (TEST_BUDGET_SECONDS) and the welcome screen says ("ongeveer 12 minuten"). */
const TEST_SECONDS = 12 * 60;

/**
 * The bar during a scored game block. The server counts a block's time only when it ends, so the
 * bar stood still for minutes and then jumped; it now moves with the rounds played, by the
 * block's share of the test's time (a little less than the server counts, which leaves out the
 * preference questions: the bar does not step back when the answer comes).
 */
export function percentShown(
  phase: { kind: string; run: Run; item?: Step; practice?: boolean },
  played?: number,
): number {
  const { saved } = phase.run;
  const { item } = phase;
  if (phase.kind !== 'game' || phase.practice || !item?.game) return saved.percent;
  played ??= saved.gameTrials?.itemId === item.id ? saved.gameTrials.trials.length : 0;
  const share = (100 * item.expectedSeconds * played) / (TEST_SECONDS * item.game.trials);
  return Math.min(99, saved.percent + Math.floor(share));
}

export function progressOf({ saved }: Run): AssessmentProgressDetail {
  return { sessionId: saved.sessionId, percent: saved.percent, answered: saved.responses.length };
}

const MILESTONES = [25, 50, 75];

/** The highest milestone this percent passes that was not passed before (all passed ones are noted). */
export function milestonePassed(percent: number, passed: Set<number>): number | undefined {
  const now = MILESTONES.filter((m) => percent >= m);
  const first = now.filter((m) => !passed.has(m)).at(-1);
  now.forEach((m) => passed.add(m));
  return first;
}
