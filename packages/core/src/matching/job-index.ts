/** Ranking every published job for one candidate. */
import type { Requirement } from '../domain.js';
import {
  environmentFit,
  interestFit,
  secondaryPart,
  type CandidateProfile,
  type EssentialGroup,
  type MatchTarget,
} from './score.js';
import { SkillOrder, probabilityRow, compile, fitOfRow, type CompiledTarget } from './columns.js';
import { TopK } from './top-k.js';

/** Many jobs, compiled once; rank them for one candidate. */
export class JobIndex<Meta = unknown> {
  private readonly compiled: CompiledTarget[] = [];
  private readonly meta: Meta[] = [];
  private groups?: EssentialGroup[];

  constructor(readonly order: SkillOrder) {}

  get size(): number {
    return this.meta.length;
  }

  /**
   * The jobs grouped by their essential requirements, to count what a learning offer would open
   * (jobsOpenedBy): many jobs share a template, so there are far fewer groups than jobs.
   */
  essentialGroups(): readonly EssentialGroup[] {
    if (!this.groups) {
      const byKey = new Map<string, { requirements: Requirement[]; jobs: number }>();
      for (const { target } of this.compiled) {
        const requirements = target.requirements.filter((r) => r.essential);
        if (!requirements.length) continue;
        const key = requirements
          .map((r) => `${r.skillId}:${r.level}`)
          .sort()
          .join('|');
        const group = byKey.get(key) ?? { requirements, jobs: 0 };
        group.jobs++;
        byKey.set(key, group);
      }
      this.groups = [...byKey.values()];
    }
    return this.groups;
  }

  add(target: MatchTarget, meta: Meta): void {
    this.compiled.push(compile(this.order, target));
    this.meta.push(meta);
    this.groups = undefined;
  }

  /** The best k jobs, best first: by score, then fit, then the order they were added in. */
  rank(candidate: CandidateProfile, k: number): { meta: Meta; target: MatchTarget; score: number }[] {
    const row = probabilityRow(this.order, candidate.scores);
    const top = new TopK(k);
    const fits = new Float64Array(this.compiled.length);
    for (let j = 0; j < this.compiled.length; j++) {
      const t = this.compiled[j]!;
      const secondary = secondaryPart(
        interestFit(t.interests, candidate.interests),
        environmentFit(t.target.environment, candidate.environment),
      );
      fits[j] = fitOfRow(row, 0, t, secondary);
      top.offer(fits[j]!, j);
    }
    return top
      .result(
        (j) => fits[j]!,
        (j) => j,
      )
      .map(({ index, score }) => ({ meta: this.meta[index]!, target: this.compiled[index]!.target, score }));
  }
}
