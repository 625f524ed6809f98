/**
 * The shared core of both modes: loading the matches page by page, the connections, and the
 * skill and offer texts the explanations use; whether loading failed. Only the latest load may
 * change what is shown (e.g. a load without a token that fails after the one with the token
 * arrived).
 */
import type { ReactiveControllerHost } from 'lit';
import {
  listSkillTexts,
  routes,
  type Application,
  type Client,
  type Connection,
  type LearningOffer,
  type Match,
  type Problem,
  type TextLang,
  type SkillTexts,
} from '@pfw/contract';
import { inLang } from '../base/locale.js';

/** Matches per request. */
const PAGE = 500;

/** One page of a mode's matches. */
export type FetchPage = (
  client: Client,
  query: { limit: number; offset: number },
) => Promise<{ items: Match[]; total: number }>;

/** Where a job seeker's answer to a request (or a sharing) stands, in words; shown in the list. */
export interface Answer {
  /** What is wrong per field of the form (name, e-mail, phone), under that field. */
  wrong?: Partial<Record<'name' | 'email' | 'phone', string>>;
  /** Sending failed for another reason: said in the card. */
  failed?: string;
  /** "Stop met delen" was pressed: the card asks to be sure. */
  confirming?: boolean;
  /** A request or a sharing in flight: a second press sends nothing. */
  sending?: boolean;
  /** What was done (said no, stopped sharing), and to whom: shown in words where the card was. */
  done?: { said: 'declined' | 'withdrawn'; employer: string };
}

export class MatchLoader {
  /** The matches loaded (all of them, up to the most asked for). */
  loaded: Match[] = [];
  /** How many there are on the server. */
  total = 0;
  loading = false;
  failed = false;
  connections: Connection[] = [];
  /** Skill names, by id (only the texts the explanations use). */
  skills = new Map<string, SkillTexts>();
  offers = new Map<string, LearningOffer>();
  /** An employer's: who applied to which job on their score (loaded and kept by the candidates mode). */
  applications?: { jobProfileId: string; items?: Application[] };
  /** What became of "Ik heb interesse" per job, in words (shown where the button was). */
  applied = new Map<string, string>();
  /** A job seeker's answers to requests and to sharings, by connection id (jobs mode). */
  answers = new Map<string, Answer>();
  private seq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Dispatch pfw-error. */
    private readonly report: (error: unknown) => Problem,
  ) {}

  /** Load (again); `page` is undefined when the page gave the matches itself. */
  async load(client: Client, page: FetchPage | undefined, most: number): Promise<void> {
    const seq = ++this.seq;
    const stale = () => seq !== this.seq;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      const [skills, offers] = await Promise.all([
        client.request(listSkillTexts),
        client.request(routes.listLearningOffers),
      ]);
      if (stale()) return;
      this.skills = new Map(skills.items.map((s) => [s.id, s]));
      this.offers = new Map(offers.items.map((o) => [o.id, o]));
      // Matches and connections arrive together: a row opened in between would offer
      // "send request" for someone already asked, or miss the name of someone who said yes.
      const matches = async () => {
        if (!page) return undefined;
        const all: Match[] = [];
        let total = Infinity;
        while (all.length < Math.min(total, most)) {
          const found = await page(client, { limit: Math.min(PAGE, most - all.length), offset: all.length });
          if (stale()) return undefined;
          all.push(...found.items);
          total = found.total;
          if (!found.items.length) break;
        }
        return { all, total: total === Infinity ? 0 : total };
      };
      const [found, connections] = await Promise.all([
        matches(),
        client.request(routes.listConnections).then((r) => r.items),
      ]);
      if (stale()) return;
      if (found) {
        this.loaded = found.all;
        this.total = found.total;
      }
      this.connections = connections;
    } catch (error) {
      if (stale()) return;
      const problem = this.report(error);
      // No skillprint yet (409) is not a failure: the empty state explains what to do.
      this.failed = problem.status !== 409;
    } finally {
      if (!stale()) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Draw again: a lazy part changed what the loader holds. */
  changed(): void {
    this.host.requestUpdate();
  }

  /** A connection the server changed (or made): it replaces the one with its id, or comes first. */
  keep(connection: Connection): void {
    const known = this.connections.some((c) => c.id === connection.id);
    this.connections = known
      ? this.connections.map((c) => (c.id === connection.id ? connection : c))
      : [connection, ...this.connections];
    this.host.requestUpdate();
  }
}

/** A skill's name in the reader's language (its id while the skill texts load). */
export const skillLabel = (data: Pick<MatchLoader, 'skills'>, skillId: string, lang: TextLang): string => {
  const skill = data.skills.get(skillId);
  return skill ? inLang(skill.label, lang) : skillId;
};

/**
 * The whole skillprint a candidate shared by saying yes. Here, beside the list's other reads, so
 * the lazy candidates part asks for no contract route of its own (that split the kit in chunks).
 */
export const sharedSkillprint = (client: Client, id: string) =>
  client.request(routes.getSkillprint, { params: { id } });
