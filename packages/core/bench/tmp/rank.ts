import { performance } from 'node:perf_hooks';
import { CandidateIndex, SkillOrder, match, type CandidateProfile, type MatchTarget } from '../../src/matching/index.js';
import { Random, toSkillScore } from '../../src/psychometrics/index.js';
import { environment, interests, learningOffers, measuredSkills, occupations } from '../../src/skills/index.js';
const soft = measuredSkills.map((s) => s.id);
const order = new SkillOrder(soft);
const rng = new Random(7);
const person = (): CandidateProfile => ({
  scores: soft.map((skillId) => toSkillScore(skillId, rng.normal(), 0.3 + rng.uniform() * 0.2, 8)),
  interests: interests.map((i) => ({ interestId: i.id, score: rng.int(101) })),
  environment: environment.map((f) => ({ facetId: f.id, value: rng.int(5) - 2 })),
});
const people = Array.from({ length: 100_000 }, person);
const idx = new CandidateIndex<number>(order, 1024);
people.forEach((p, i) => idx.add(p, i));
const jobs: MatchTarget[] = occupations;
console.log('templates', jobs.length, 'reqs', jobs.map(j=>j.requirements.length).join(','));
for (let round = 0; round < 3; round++) {
  let tRank = 0, tExplain = 0, n = 0;
  for (const job of jobs) for (let r = 0; r < 10; r++) {
    const t0 = performance.now();
    const top = idx.rank(job, 20);
    const t1 = performance.now();
    for (const t of top) match(people[t.meta]!, job, learningOffers);
    const t2 = performance.now();
    tRank += t1 - t0; tExplain += t2 - t1; n++;
  }
  console.log(`rank ${(tRank / n).toFixed(2)} ms, explain 20 ${(tExplain / n).toFixed(2)} ms`);
}
for (let round = 0; round < 3; round++) {
  let t = 0, n = 0, tc = 0;
  for (const job of jobs) for (let r = 0; r < 10; r++) {
    const t0 = performance.now();
    idx.count(job, 70);
    const t1 = performance.now();
    idx.rank(job, 20);
    tc += performance.now() - t1;
    t += t1 - t0; n++;
  }
  console.log(`count ${(t / n).toFixed(2)} ms rank ${(tc / n).toFixed(2)}`);
}
