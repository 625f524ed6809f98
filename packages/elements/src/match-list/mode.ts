/**
 * What the modes of the list share, and what differs between them. `jobs` (jobs.ts) and
 * `careers` (careers.ts) are a job seeker's; `candidates` (candidates.ts) an employer's. Each
 * mode is a small object made for one render from a context (a port: texts, data, client, live
 * region, events).
 */
import type { nothing, TemplateResult } from 'lit';
import type { Client, Connection, Match, Problem, TextLang } from '@pfw/contract';
import type { FetchPage, MatchLoader } from './loader.js';
import type { Messages } from './i18n/nl.js';
import { peopleTexts } from './people-texts.js';

export type MatchListMode = 'jobs' | 'careers' | 'candidates';
export type Part = TemplateResult | typeof nothing;
export type Gap = Match['gaps'][number];

/** What a mode may use and do. */
export interface ModeContext {
  t: Messages;
  lang: TextLang;
  /** The matches, connections and texts loaded. */
  data: MatchLoader;
  client: Client;
  /** Say this in the list's live region. */
  notify(text: string): void;
  /** Put the keyboard on the first element that matches, after the next render (what was pressed may be gone). */
  focus(selector: string): void;
  /** Draw the list again (a lazy part's texts have come). */
  redraw(): void;
  /** Load the matches again (a filter or what the job seeker holds changed). */
  reload(): Promise<void>;
  /** Dispatch pfw-error. */
  report(error: unknown): Problem;
  /** Dispatch a domain event on the element. */
  emit(type: string, detail: unknown): void;
  /** Name and e-mail the host page already knows: the answer form starts with them (never asked twice). */
  prefill: { name?: string; email?: string };
}

/** A mode's parts; those it does not have are left out. */
export interface Mode {
  title: string;
  empty: string;
  /** The matches of this mode, a page at a time. */
  page: FetchPage;
  /** What a row and the details call the match: the job, the occupation or the pseudonym. */
  name(m: Match): string;
  /** The row's second line, in parts (employer, region, hours; or the sector). */
  sub(m: Match): string[];
  /** The count is "n of the total on the server" (candidates), not of what was loaded (jobs). */
  ofTotal?: boolean;
  /** The matches have a region and hours to filter and sort by (not so occupations). */
  places: boolean;
  /** Above the list: the employers' requests and the connections shared (jobs). */
  top?(): Part;
  /** In a row, after the score: the connection's status (candidates), what a job requires that the job seeker lacks (jobs). */
  status?(m: Match): Part;
  /** In a row, below the rest: what to learn and the vacancies (careers). */
  below?(m: Match): Part;
  /** Whose level the fit per requirement shows: "Jij" (jobs) or "Kandidaat" (candidates). */
  has: (level: number, low: number, high: number) => string;
  gaps: string;
  /** Under a gap in the details: learning offers (jobs). */
  offers?(gap: Gap): Part;
  /** In the details, apart from the score: the certificates, licences and physical conditions asked, and who holds them. */
  hard?(m: Match): Part;
  /** In the details: who it is, and their whole skillprint, once they said yes (candidates); `label` names a skill. */
  who?(m: Match, label: (skillId: string) => string): Part;
  /** The details' main action: send a request (candidates, when none was sent). */
  action?(m: Match): Part;
  /** Below the details: a person's decision against the advice (candidates: set aside, with a reason; `close` closes the details). */
  review?(m: Match, close: () => void): Part;
}

/**
 * Per list, what its actions have under way ('') and the words of their last failure, by a key
 * that names the action and its match: a second tap while one is sent does nothing, and a
 * failure is said where it happened, in sight, not only to a screen reader.
 */
const attempts = new WeakMap<object, Map<string, string>>();
export function attemptsOf(ctx: ModeContext): Map<string, string> {
  let map = attempts.get(ctx.data);
  if (!map) attempts.set(ctx.data, (map = new Map()));
  return map;
}

/**
 * A connection action: the server's answer replaces (or joins) the connections, the live region
 * says so, and the page hears it (`pfw-connection-*` bubbles and is composed). A failure is
 * reported as pfw-error and said in the live region in the reader's words (`failed`, else "Dat
 * lukte nu niet"), never the API's English; the problem is returned, so the caller can show it.
 */
export async function act(
  ctx: ModeContext,
  send: () => Promise<Connection>,
  event: string,
  say: (connection: Connection) => string,
  focusAfter?: string,
  failed?: (problem: Problem) => string,
): Promise<Problem | undefined> {
  try {
    const connection = await send();
    ctx.data.keep(connection);
    ctx.notify(say(connection));
    if (focusAfter) ctx.focus(focusAfter);
    ctx.emit(event, { connection });
    return undefined;
  } catch (error) {
    const problem = ctx.report(error);
    ctx.notify(failed?.(problem) ?? peopleTexts.get(ctx.lang, ctx.redraw).failed);
    return problem;
  }
}
