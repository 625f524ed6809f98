/**
 * A live index (put, replace, remove one at a time) ranks exactly like one built afresh from
 * what is left, after any sequence of changes (property-based, fast-check).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { SkillScore } from '../domain.js';
import { toSkillScore } from '../psychometrics/norms.js';
import { measuredSkills, occupations } from '../skills/index.js';
import { CandidateIndex, JobIndex, SkillOrder, type CandidateProfile, type MatchTarget } from './index.js';

const soft = measuredSkills.map((s) => s.id);
const order = new SkillOrder(soft);
const targets: MatchTarget[] = occupations.slice(0, 4);

/** A profile from a few generated numbers: few distinct thetas, so equal fits (ties) happen often. */
const profileArb = fc
  .record({
    thetas: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: soft.length, maxLength: soft.length }),
    likes: fc.boolean(),
  })
  .map(({ thetas, likes }): CandidateProfile => ({
    scores: soft.map((skillId, i): SkillScore => toSkillScore(skillId, thetas[i]!, 0.4, 8)),
    ...(likes ? { interests: [{ interestId: 'social', score: 80 }] } : {}),
  }));

/** People p0…p7 and jobs j0…j5: a small set of keys, so puts replace and removes hit often. */
const changeArb = fc.oneof(
  fc.record({ op: fc.constant('put' as const), key: fc.integer({ min: 0, max: 7 }), profile: profileArb }),
  fc.record({ op: fc.constant('remove' as const), key: fc.integer({ min: 0, max: 7 }) }),
);
const jobChangeArb = fc.oneof(
  fc.record({
    op: fc.constant('put' as const),
    key: fc.integer({ min: 0, max: 5 }),
    target: fc.constantFrom(...occupations.slice(0, 12)),
  }),
  fc.record({ op: fc.constant('remove' as const), key: fc.integer({ min: 0, max: 5 }) }),
);

/** The tie key of a key: any fixed number per key does (the server hashes the id). */
const tieOf = (key: string) => (key.charCodeAt(1) * 7919) % 101;

describe('live indexes', () => {
  it('a talent pool changed one person at a time ranks like one built from scratch', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 40 }), (changes) => {
        const live = new CandidateIndex<string>(order, 2);
        const now = new Map<string, CandidateProfile>();
        for (const change of changes) {
          const key = `p${change.key}`;
          if (change.op === 'put') {
            live.put(key, change.profile, key, tieOf(key));
            now.set(key, change.profile);
          } else {
            assert.equal(live.remove(key), now.delete(key));
          }
        }
        const fresh = new CandidateIndex<string>(order, 2);
        for (const [key, profile] of now) fresh.add(profile, key, tieOf(key));
        assert.equal(live.size, now.size);
        for (const target of targets) {
          assert.deepEqual(live.rank(target, 20), fresh.rank(target, 20));
          assert.deepEqual(live.rank(target, 3), fresh.rank(target, 3));
          assert.deepEqual(live.count(target, 50), fresh.count(target, 50));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('published jobs changed one at a time rank like jobs built from scratch', () => {
    fc.assert(
      fc.property(fc.array(jobChangeArb, { maxLength: 30 }), profileArb, (changes, candidate) => {
        const live = new JobIndex<string>(order);
        const now = new Map<string, MatchTarget>();
        for (const change of changes) {
          const key = `j${change.key}`;
          if (change.op === 'put') {
            live.put(key, change.target, key, tieOf(key));
            now.set(key, change.target);
          } else {
            assert.equal(live.remove(key), now.delete(key));
          }
        }
        const fresh = new JobIndex<string>(order);
        for (const [key, target] of now) fresh.add(target, key, tieOf(key));
        assert.deepEqual(live.rank(candidate, 10), fresh.rank(candidate, 10));
        assert.deepEqual(live.rank(candidate, 2), fresh.rank(candidate, 2));
        const groups = (index: JobIndex<string>) =>
          index
            .essentialGroups()
            .map(
              (g) =>
                `${g.jobs}:${g.requirements
                  .map((r) => `${r.skillId}${r.level}`)
                  .sort()
                  .join()}`,
            )
            .sort();
        assert.deepEqual(groups(live), groups(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
