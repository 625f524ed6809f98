/**
 * The builder's live count, a lazy part (the rule: skill-editor.ts, docs/architecture.md): while
 * the employer edits, how many talent-pool candidates would fit well (`POST
 * /v1/job-profiles/preview`, debounced; counts only), and whether the must-haves would exclude
 * almost everyone (from the norms). A ReactiveController in a chunk of its own: the builder loads
 * it with its first paint and draws what it says (status.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type JobProfilePreview, type Lang, type Requirement } from '@pfw/contract';
import { tooStrict } from '@pfw/core/matching';
import type { JobProfileDraft } from './draft.js';

/**
 * The warning when the must-haves are too strict (here, not in the builder's words: it comes with
 * the count). One word for a must-have everywhere: the checkbox's "Moet" ("Must").
 */
const tooStrictText = {
  nl: (essentials: number, percent: number) =>
    `Let op: bij ${essentials} vaardigheden staat "Moet" aan, op een hoog niveau. Maar ${percent} procent van de mensen haalt dat naar schatting. Kies een lager niveau, of zet "Moet" uit.`,
  en: (essentials: number, percent: number) =>
    `Note: ${essentials} skills are marked "Must" at a high level. Only an estimated ${percent}% of people reach all of them. Choose a lower level, or untick "Must".`,
};

/** Wait this long after the last edit before counting. */
const DELAY = 400;

/** What the count needs of its builder. */
export interface CandidateCountPort {
  draft(): JobProfileDraft;
  token(): string | undefined;
  /** Ask the API; undefined when these requirements cannot be counted yet (not valid). */
  countCandidates(requirements: Requirement[]): Promise<JobProfilePreview> | undefined;
  reportError(error: unknown): void;
  /** A skill's ESCO group: skills of one group go together more often (the share counts that). */
  groupOf(skillId: string): string;
}

export class CandidateCount implements ReactiveController {
  preview?: JobProfilePreview;
  state: 'idle' | 'counting' | 'failed' = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  private asked = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: CandidateCountPort,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Count again, a moment after the last edit. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.count(), DELAY);
  }

  /** Forget the count (the builder moved to another profile). */
  clear(): void {
    this.preview = undefined;
  }

  /** The warning when the must-haves at a high level leave too few people who reach them all; else empty. */
  warning(requirements: readonly Requirement[], lang: Lang): string {
    const strict = tooStrict(requirements, this.port.groupOf);
    return strict ? tooStrictText[lang](strict.count, Math.max(1, Math.round(strict.share * 100))) : '';
  }

  private async count(): Promise<void> {
    const asked = ++this.asked;
    const request = this.port.token() ? this.port.countCandidates(this.port.draft().requirements) : undefined;
    if (!request) {
      this.set(undefined, 'idle');
      return;
    }
    this.set(this.preview, 'counting');
    try {
      const preview = await request;
      if (asked === this.asked) this.set(preview, 'idle'); // else a newer edit is being counted
    } catch (error) {
      if (asked !== this.asked) return;
      this.set(this.preview, 'failed');
      if (!(error instanceof ApiError && error.status === 400)) this.port.reportError(error);
    }
  }

  private set(preview: JobProfilePreview | undefined, state: CandidateCount['state']): void {
    this.preview = preview;
    this.state = state;
    this.host.requestUpdate();
  }
}
