/** Ranking every published job for one candidate. */
import type { Requirement } from '../domain.js';
import { PreferenceTable } from './preferences.js';
import { requirementsKey, type CandidateProfile, type EssentialGroup, type MatchTarget } from './score.js';
import { SkillOrder, TargetTable, probabilityRow, compile } from './columns.js';
import { TopK } from './top-k.js';

/** Many jobs, compiled once; rank them for one candidate. */
export class JobIndex<Meta = unknown> {
  /** Each job's requirements, compiled into one flat table; its target as given (for results and groups). */
  private readonly table = new TargetTable();
  private readonly targets: MatchTarget[] = [];
  private readonly meta: Meta[] = [];
  /** Each job's tie key: lower first among equal fits. */
  private readonly ties: number[] = [];
  /** Where each keyed job is (put, remove), and the key in each slot. */
  private readonly slotOf = new Map<string, number>();
  private readonly keyAt: (string | undefined)[] = [];
  /** The jobs per set of essentials (see essentialGroups), and that as a list until the next change. */
  private readonly groupByKey = new Map<string, { requirements: Requirement[]; jobs: number }>();
  private groups?: EssentialGroup[];
  /** Scratch reused by every ranking (a ranking runs to its end before the next starts): no garbage per request. */
  private readonly top = new TopK(0);
  private fits = new Float64Array(0);

  constructor(readonly order: SkillOrder) {}

  get size(): number {
    return this.meta.length;
  }

  /**
   * The jobs grouped by their essential requirements, to count what a learning offer would open
   * (jobsOpenedBy): many jobs share a template, so there are far fewer groups than jobs. Counted
   * as jobs come, change and go: grouping 10 000 jobs afresh took 5-14 ms, on the first request
   * after every job change.
   */
  essentialGroups(): readonly EssentialGroup[] {
    this.groups ??= [...this.groupByKey.values()].map(({ requirements, jobs }) => ({ requirements, jobs }));
    return this.groups;
  }

  /** Count a job in (+1) or out (−1) of the group of its essentials. */
  private count(target: MatchTarget, by: 1 | -1): void {
    const requirements = target.requirements.filter((r) => r.essential);
    if (!requirements.length) return;
    const key = requirementsKey(requirements);
    const group = this.groupByKey.get(key) ?? { requirements, jobs: 0 };
    group.jobs += by;
    if (group.jobs > 0) this.groupByKey.set(key, group);
    else this.groupByKey.delete(key);
    this.groups = undefined;
  }

  /** Add a job; equal fits are ranked by `tie` (lower first; by default the order of adding). */
  add(target: MatchTarget, meta: Meta, tie: number = this.meta.length): void {
    this.table.set(this.meta.length, compile(this.order, target));
    this.targets.push(target);
    this.meta.push(meta);
    this.ties.push(tie);
    this.count(target, 1);
  }

  /** Add a job under a key (its id), or replace the one under it: jobs are published and changed one at a time. */
  put(key: string, target: MatchTarget, meta: Meta, tie: number): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) {
      this.add(target, meta, tie);
      this.slotOf.set(key, this.meta.length - 1);
      this.keyAt[this.meta.length - 1] = key;
      return;
    }
    this.table.set(slot, compile(this.order, target));
    this.count(this.targets[slot]!, -1);
    this.count(target, 1);
    this.targets[slot] = target;
    this.meta[slot] = meta;
    this.ties[slot] = tie;
  }

  /** Take out the job under this key: the last one moves into its place (order is the tie key's). */
  remove(key: string): boolean {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return false;
    const last = this.meta.length - 1;
    this.count(this.targets[slot]!, -1);
    if (slot !== last) {
      this.table.move(last, slot);
      this.targets[slot] = this.targets[last]!;
      this.meta[slot] = this.meta[last]!;
      this.ties[slot] = this.ties[last]!;
      const moved = this.keyAt[last];
      this.keyAt[slot] = moved;
      if (moved !== undefined) this.slotOf.set(moved, slot);
    }
    this.targets.pop();
    this.meta.pop();
    this.ties.pop();
    this.keyAt.length = last;
    this.slotOf.delete(key);
    return true;
  }

  /** The best k jobs, best first: by score, then fit, then tie key. */
  rank(candidate: CandidateProfile, k: number): { meta: Meta; target: MatchTarget; score: number }[] {
    const row = probabilityRow(this.order, candidate.scores);
    const preferences = PreferenceTable.of(candidate);
    const top = this.top.reset(k);
    if (this.fits.length < this.meta.length) this.fits = new Float64Array(Math.max(1024, this.meta.length * 2));
    const fits = this.fits;
    // The threshold in a local, read again only after an offer: a getter's number read for every
    // job was a boxed double each, 150 kB of garbage a ranking.
    let threshold = top.threshold;
    for (let j = 0; j < this.meta.length; j++) {
      const fit = this.table.fit(j, row, preferences, threshold);
      if (fit < 0) continue;
      fits[j] = fit;
      top.offer(fit, j);
      threshold = top.threshold;
    }
    return top
      .result(
        (j) => fits[j]!,
        (j) => this.ties[j]!,
      )
      .map(({ index, score }) => ({ meta: this.meta[index]!, target: this.targets[index]!, score }));
  }
}
