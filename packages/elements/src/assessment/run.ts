/**
 * A test under way: the device's saved test and the engine that chooses its items. The engine
 * runs in the browser, so choosing the next item never waits for the network.
 */
import type { Item, ItemResponse } from '@pfw/contract';
import { EXTRA_TIME_FACTOR, categoryOf } from '@pfw/core/runtime';
import type { Engine } from './engine.js';
import type { SavedTest } from './saved-test.js';

export interface Run {
  saved: SavedTest;
  engine: Engine;
}

export interface AssessmentProgressDetail {
  sessionId: string;
  /** 0-100. */
  percent: number;
  answered: number;
  skillsStarted: number;
  skillsDone: number;
  skills: number;
}

/** 1, or more with "extra time" (the server applies the same factor when it scores). */
export const timeFactorOf = (saved: SavedTest): number => (saved.extraTime ? EXTRA_TIME_FACTOR : 1);

/** The next item, or the one still unanswered; none when the test is over. */
export function nextItem({ saved, engine }: Run): Item | undefined {
  const { state, item } = engine.adaptive.next(saved.state);
  saved.state = state;
  return item ?? undefined;
}

/** Score a first answer to an item into the engine and keep it, raw, as unsent (a second one is ignored). */
export function store({ saved, engine }: Run, item: Item, response: ItemResponse): void {
  if (saved.responses.some((r) => r.itemId === item.id)) return;
  const category = categoryOf(engine.items, response, { timeFactor: timeFactorOf(saved) });
  saved.state = engine.adaptive.answer(saved.state, item.id, category, response.durationMs / 1000);
  saved.responses.push(response);
  saved.unsent.push(item.id);
}

export function progressOf({ saved, engine }: Run): AssessmentProgressDetail {
  const p = engine.adaptive.progress(saved.state);
  return {
    sessionId: saved.sessionId,
    percent: p.percent,
    answered: saved.state.answers.length,
    skillsStarted: p.skillsStarted,
    skillsDone: p.skillsDone,
    skills: p.skills,
  };
}

const MILESTONES = [25, 50, 75];

/** The highest milestone this percent passes that was not passed before (all passed ones are noted). */
export function milestonePassed(percent: number, passed: Set<number>): number | undefined {
  const now = MILESTONES.filter((m) => percent >= m);
  const first = now.filter((m) => !passed.has(m)).at(-1);
  now.forEach((m) => passed.add(m));
  return first;
}
