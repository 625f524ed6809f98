/**
 * Local-first storage of a test in progress. Every answer is written here before anything is
 * sent, so a reload, a closed tab or a lost connection loses nothing. After the skillprint is
 * made, the answers are removed from the device: only the skillprint id stays.
 */
import type { GameTrial, ItemResponse, TextLang, Step } from '@pfw/contract';
import { forgetLocal, personOf, readLocal, writeLocal } from '../base/local-store.js';

export interface SavedTest {
  v: 2;
  sessionId: string;
  /** The token of an anonymous start (no partner token): the same person after a reload. */
  anonymousToken?: string;
  lang: TextLang;
  extraTime: boolean;
  /** A short re-measurement of these skills (absent: the whole test). */
  remeasure?: string[];
  /** The research round (#20): for calibration only. */
  research?: true;
  /** The person stopped the research round: no more steps, what is answered counts. */
  stopped?: true;
  /** The steps the server sent ahead, in order; answered ones are dropped. */
  steps: Step[];
  /** How far the test is, as the server last said. */
  percent: number;
  /** Makes a game block's content repeatable after a reload. */
  seed: number;
  /**
   * A block of three answered halfway: the statement picked as most like you, and after how long.
   * A reload shows the block again at its second question.
   */
  firstPick?: { itemId: string; choice: number; afterMs: number };
  /** A scored game block played in part: its trials so far. A reload goes on from the next trial. */
  gameTrials?: { itemId: string; trials: GameTrial[] };
  /** Every raw answer, in the order given. */
  responses: ItemResponse[];
  /** Items whose answer the server has not confirmed yet, oldest first. */
  unsent: string[];
  /** Answers the server refused, with its reason. Kept, never resent. */
  rejected: { itemId: string; message: string }[];
  /** Game mechanics already practised. */
  practised: string[];
  /** The break screen halfway was shown (and left). */
  breakTaken?: boolean;
  /** Set once the server issued the skillprint. */
  skillprintId?: string;
}

/** Where a test is kept: per API, key and person; a re-measurement and a research round apart from the whole test. */
export function storageKeyFor(
  apiBase: string,
  publishableKey: string | undefined,
  token: string | undefined,
  remeasure?: readonly string[],
  research = false,
): string {
  const test = (remeasure?.length ? `|remeasure:${remeasure.join(',')}` : '') + (research ? '|research' : '');
  return `pfw-assessment:v1:${apiBase}|${publishableKey ?? ''}|${personOf(token)}${test}`;
}

const isSavedTest = (value: unknown): value is SavedTest =>
  (value as SavedTest | undefined)?.v === 2 && typeof (value as SavedTest).sessionId === 'string';

export const readSaved = (key: string): SavedTest | undefined => readLocal(key, isSavedTest);
export const writeSaved = (key: string, saved: SavedTest): void => writeLocal(key, saved);
export const forget = forgetLocal;

/** A new test on this device: nothing answered yet. */
export function newTest(
  sessionId: string,
  anonymousToken: string | undefined,
  lang: TextLang,
  extraTime: boolean,
  steps: Step[],
  remeasure?: string[],
  research = false,
): SavedTest {
  return {
    v: 2,
    sessionId,
    anonymousToken,
    lang,
    extraTime,
    ...(remeasure?.length && { remeasure }),
    ...(research && { research: true as const }),
    steps,
    percent: 0,
    seed: Math.floor(Math.random() * 2 ** 31),
    responses: [],
    unsent: [],
    rejected: [],
    practised: [],
  };
}

/**
 * The test under a new session (the old one expired): the server chooses its steps afresh, so
 * the test starts again there; the old answers stay with the old session.
 */
export function renewed(
  expired: SavedTest,
  sessionId: string,
  anonymousToken: string | undefined,
  steps: Step[],
): SavedTest {
  return {
    ...newTest(sessionId, anonymousToken, expired.lang, expired.extraTime, steps, expired.remeasure, expired.research),
    practised: expired.practised,
  };
}

/**
 * After completion: forget the answers (also half a block or game), keep the skillprint id. An
 * anonymous person's token stays: it is their only key to their skillprint (for 24 hours).
 */
export function keepOnlyResult(key: string, saved: SavedTest): SavedTest {
  const result: SavedTest = {
    ...saved,
    firstPick: undefined,
    gameTrials: undefined,
    responses: [],
    unsent: [],
    rejected: [],
    steps: [],
  };
  writeSaved(key, result);
  return result;
}
