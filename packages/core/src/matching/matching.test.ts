import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Level, Requirement, SkillScore } from '../domain.js';
import { Random, nextNormal, seedRng } from '../psychometrics/random.js';
import { levelFloor, levelOf, toSkillScore } from '../psychometrics/norms.js';
import { cholesky } from '../psychometrics/linalg.js';
import { provisionalCorrelations } from '../psychometrics/multidim.js';
import { learningOffers, measuredSkills, occupations } from '../skills/index.js';
import {
  CandidateIndex,
  hardRequirementFits,
  holdsAll,
  ESSENTIAL_FLOOR,
  GOOD_MATCH,
  JobIndex,
  SkillOrder,
  fitOf,
  forSector,
  forWork,
  jobsOpenedBy,
  essentialsShare,
  explain,
  match,
  preferenceReasons,
  tooStrict,
} from './index.js';
import { TargetTable, compile, probabilityRow } from './columns.js';
import { PreferenceTable } from './preferences.js';
import { essentialFactor, type MatchTarget } from './score.js';

const soft = measuredSkills.map((s) => s.id);
const order = new SkillOrder(soft);

function profile(rng: Random, shift = 0): { scores: SkillScore[] } {
  return { scores: soft.map((skillId) => toSkillScore(skillId, rng.normal() + shift, 0.3 + rng.uniform() * 0.2, 8)) };
}
const at = (p: { scores: SkillScore[] }, skillId: string, theta: number) => ({
  scores: p.scores.map((s) => (s.skillId === skillId ? { ...s, theta, level: levelOf(theta) } : s)),
});

describe('matching', () => {
  const rng = new Random(12);
  const job = occupations.find((o) => o.id === 'stratenmaker')!;

  it('never lowers a score when a theta goes up', () => {
    for (let n = 0; n < 50; n++) {
      const p = profile(rng);
      const r = job.requirements[n % job.requirements.length]!;
      const base = p.scores.find((s) => s.skillId === r.skillId)!.theta;
      let last = -1;
      for (let d = -2; d <= 2; d += 0.25) {
        const score = match(at(p, r.skillId, base + d), job).score;
        assert.ok(score >= last, `score fell from ${last} to ${score}`);
        last = score;
      }
    }
  });

  it('is continuous and never falls in any theta or SE: no cliff at a missed essential', () => {
    const essential = job.requirements.find((r) => r.essential)!;
    for (let n = 0; n < 20; n++) {
      const p = profile(rng, 0.5);
      let last = -1;
      let lastFit = -1;
      // Fine steps across the essential's level: the fit moves by little at every step.
      for (let theta = -3; theta <= 3; theta += 0.01) {
        const result = match(at(p, essential.skillId, theta), job);
        assert.ok(result.fit >= lastFit - 1e-9, `fit fell at θ ${theta}`);
        if (lastFit >= 0) assert.ok(result.fit - lastFit < 1.5, `a jump of ${result.fit - lastFit} at θ ${theta}`);
        assert.ok(result.score >= last);
        last = result.score;
        lastFit = result.fit;
      }
      // SE: continuous as well (no jump where p crosses 0.5).
      let prev: number | undefined;
      const theta = p.scores.find((s) => s.skillId === essential.skillId)!.theta;
      for (let se = 0.2; se <= 1; se += 0.005) {
        const scores = p.scores.map((s) => (s.skillId === essential.skillId ? { ...s, se } : s));
        const fit = match({ scores }, job).fit;
        if (prev !== undefined) assert.ok(Math.abs(fit - prev) < 1, `a jump at SE ${se} (θ ${theta})`);
        prev = fit;
      }
    }
  });

  it('explains every point: requirements and the secondary part sum to the fit, points and losses to 100', () => {
    for (let n = 0; n < 50; n++) {
      const candidate = {
        ...profile(rng, n % 2 ? -0.8 : 0.3),
        ...(n % 3 === 0 ? { interests: [{ interestId: 'realistic' as const, score: 70 }] } : {}),
      };
      const target = { ...job, interests: ['realistic' as const, 'social' as const] };
      const result = match(candidate, target);
      const points = result.requirements.reduce((s, r) => s + r.points, 0) + result.secondaryPoints;
      assert.ok(Math.abs(points - result.fit) < 1e-9, `points ${points} vs fit ${result.fit}`);
      assert.equal(result.score, Math.round(result.fit));
      const secondaryMax = result.secondary.interests === null ? 0 : 15;
      const secondaryLost =
        secondaryMax - (result.essentialFactor ? result.secondaryPoints / result.essentialFactor : 0);
      const lost = result.requirements.reduce((s, r) => s + r.lost, 0) + secondaryLost;
      assert.ok(Math.abs(points + lost - 100) < 1e-9, `points ${points} + lost ${lost}`);
      for (const r of result.requirements) {
        assert.equal(r.effect, r.met ? 'helped' : 'hurt');
        assert.ok(r.points >= 0 && r.lost >= 0);
        assert.ok(r.range && r.range[0] <= r.level! && r.level! <= r.range[1]);
      }
    }
  });

  it('gives what was not measured no weight, and says so', () => {
    const known = { ...profile(new Random(3)), interests: [{ interestId: 'realistic' as const, score: 80 }] };
    const target = { requirements: job.requirements, interests: ['realistic' as const] };
    const withoutData = match({ scores: known.scores }, target);
    assert.deepEqual(withoutData.secondary, { interests: null, environment: null });
    const skillsOnly = match({ scores: known.scores }, { requirements: job.requirements });
    assert.equal(withoutData.score, skillsOnly.score, 'a job seeker without interests gets no free points');
    assert.equal(withoutData.secondaryPoints, 0);
    assert.doesNotMatch(
      explain(withoutData, 'nl', (id) => id),
      /Interesses/,
    );
    const reason = explain(match(known, target), 'nl', (id) => `[${id}]`);
    assert.match(reason, /^Score \d+ van 100\./);
    assert.match(reason, /Interesses en werkomgeving: [\d,]+ punten\./);
    for (const r of job.requirements) assert.match(reason, new RegExp(`\\[${r.skillId}\\]: vraagt niveau ${r.level}`));
    assert.match(
      explain(withoutData, 'en', (id) => id),
      /^Score \d+ out of 100\. .*asks level/,
    );
    const withData = match(known, target);
    assert.equal(withData.secondary.interests, 1);
    assert.equal(withData.secondary.environment, null);
    assert.ok(withData.score >= withoutData.score, 'a measured, fitting interest can only add');
  });

  it('scores interests and work environment by the shares the docs state', () => {
    const { scores } = profile(new Random(4));
    const target = {
      requirements: job.requirements,
      interests: ['realistic', 'social'] as const,
      environment: [
        { facetId: 'indoors-outdoors', value: 2 },
        { facetId: 'team-alone', value: -2 },
        { facetId: 'fixed-hours-shifts', value: 1 },
      ],
    };
    const secondaryOf = (candidate: Omit<Parameters<typeof match>[0], 'scores'>) =>
      match({ scores, ...candidate }, target).secondary;
    // One of the two areas at 50 or more; two of the three facets shared, 2 and 0 apart.
    assert.deepEqual(
      secondaryOf({
        interests: [
          { interestId: 'realistic', score: 50 },
          { interestId: 'social', score: 49 },
          { interestId: 'artistic', score: 90 },
        ],
        environment: [
          { facetId: 'indoors-outdoors', value: 0 },
          { facetId: 'team-alone', value: -2 },
          { facetId: 'calm-busy', value: 1 },
        ],
      }),
      { interests: 0.5, environment: 1 - 2 / 8 },
    );
    // Measured but nothing liked is 0, not unknown; no shared facet is unknown.
    assert.deepEqual(
      secondaryOf({
        interests: [{ interestId: 'social', score: 10 }],
        environment: [{ facetId: 'calm-busy', value: 2 }],
      }),
      { interests: 0, environment: null },
    );
    assert.deepEqual(secondaryOf({ interests: [], environment: [] }), { interests: null, environment: null });
    // A facet the skill language does not have (a job may name any) is never shared.
    const made = { facetId: 'made-up', value: 2 };
    assert.equal(
      match({ scores, environment: [made] }, { ...target, environment: [made] }).secondary.environment,
      null,
    );
  });

  it('gives a job seeker the reasons of the secondary part, which give back its very shares', () => {
    const rng = new Random(31);
    const areas = ['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'] as const;
    const facets = ['indoors-outdoors', 'team-alone', 'seated-physical', 'fixed-hours-shifts', 'made-up'];
    const some = <T>(list: readonly T[]) => list.filter(() => rng.uniform() < 0.5);
    const value = () => Math.floor(rng.uniform() * 5) - 2;
    for (let n = 0; n < 300; n++) {
      const { scores } = profile(rng);
      const target = {
        requirements: job.requirements,
        interests: some(areas),
        environment: some(facets).map((facetId) => ({ facetId, value: value() })),
      };
      const candidate = {
        scores,
        interests: some(areas).map((interestId) => ({ interestId, score: Math.floor(rng.uniform() * 101) })),
        environment: some(facets).map((facetId) => ({ facetId, value: value() })),
      };
      const { secondary } = match(candidate, target);
      const reasons = preferenceReasons(target, candidate);
      const liked = reasons.interests.filter((i) => i.liked).length;
      assert.equal(reasons.interests.length ? liked / reasons.interests.length : null, secondary.interests);
      assert.equal(
        reasons.environment.some((e) => e.facetId === 'made-up'),
        false,
      );
      const distance = reasons.environment.reduce((s, e) => s + Math.abs(e.job - e.you), 0);
      const environment = reasons.environment.length ? 1 - distance / (4 * reasons.environment.length) : null;
      if (environment === null) assert.equal(secondary.environment, null);
      else
        assert.ok(
          Math.abs(environment - secondary.environment!) < 1e-6,
          `${environment} against ${secondary.environment}`,
        );
    }
  });

  it('lowers the score when an essential is missing, continuously, to half at most', () => {
    const essential = job.requirements.find((r) => r.essential)!;
    const strong = {
      scores: soft.map((skillId) => ({
        skillId,
        theta: 2.5,
        se: 0.3,
        level: 5 as const,
        percentile: 99,
        itemsUsed: 8,
      })),
    };
    assert.ok(match(strong, job).score > 90);
    const missing = match(at(strong, essential.skillId, -2.5), job);
    assert.equal(missing.essentialsMet, false);
    assert.ok(missing.score <= 100 * ESSENTIAL_FLOOR, `a sure miss keeps at most half: ${missing.score}`);
    // "4, could be 5" on a level-5 essential: not met, but close, and scored close.
    const five = {
      ...job,
      requirements: job.requirements.map((r) => (r === essential ? { ...r, level: 5 as const } : r)),
    };
    const almost = match(at(strong, essential.skillId, 1.1), five);
    const req = almost.requirements.find((r) => r.skillId === essential.skillId)!;
    assert.ok(req.probability > 0.2 && req.probability < 0.5, `p ${req.probability}`);
    assert.ok(almost.score >= 60, `"4, could be 5" scored ${almost.score}, as if surely missed`);
  });

  it('explains itself consistently with the score, and advises offers that close each gap', () => {
    for (let n = 0; n < 30; n++) {
      const result = match(profile(rng, -0.5), job, learningOffers);
      for (const r of result.requirements) assert.equal(r.met, r.probability >= 0.5);
      assert.equal(
        result.essentialsMet,
        result.requirements.every((r) => !r.essential || r.met),
      );
      assert.deepEqual(
        result.gaps.map((g) => g.skillId).sort(),
        result.requirements
          .filter((r) => !r.met)
          .map((r) => r.skillId)
          .sort(),
      );
      for (const s of result.strengths) assert.ok(result.requirements.find((r) => r.skillId === s)!.met);
      for (const gap of result.gaps) {
        assert.ok(gap.offerIds.length > 0, `no offer for ${gap.skillId}`);
        for (const id of gap.offerIds) {
          const offer = learningOffers.find((o) => o.id === id)!;
          assert.ok(offer.develops.some((d) => d.skillId === gap.skillId && d.toLevel >= gap.requiredLevel));
        }
      }
    }
  });

  it('advises for a job only offers for any work or for its sector, and for its certificates', () => {
    const weak = profile(new Random(7), -1.5);
    const named = new Map<string, Set<string>>();
    const namedFor = new Map<string, Set<string>>();
    for (const occupation of occupations) {
      for (const gap of match(weak, occupation, learningOffers).gaps) {
        for (const id of gap.offerIds) {
          const offer = learningOffers.find((o) => o.id === id)!;
          assert.ok(forSector(offer, occupation.sector), `${id} advised for ${occupation.id} (${occupation.sector})`);
          assert.ok(
            forWork(offer, occupation),
            `${id} advised for ${occupation.id}, which asks none of its certificates`,
          );
          named.set(id, (named.get(id) ?? new Set()).add(occupation.sector));
          namedFor.set(id, (namedFor.get(id) ?? new Set()).add(occupation.id));
        }
      }
    }
    // A sector's own offers are advised there: the driver's training for logistics work, never for care.
    assert.deepEqual([...(named.get('code-95-nascholing') ?? [])], ['logistics']);
    // And a certificate's course only for work that asks it: Code 95 for the truck driver, not the
    // forklift driver, who is advised the forklift certificate (a walkthrough saw Code 95 for a forklift driver).
    assert.deepEqual([...(namedFor.get('code-95-nascholing') ?? [])], ['vrachtwagenchauffeur']);
    const forklift = occupations.find((o) => o.id === 'heftruckchauffeur')!;
    const safety = match(weak, forklift, learningOffers).gaps.find((g) => g.skillId === 'working-safely')!;
    assert.ok(safety.offerIds.includes('heftruckcertificaat'), safety.offerIds.join());
    assert.ok(!safety.offerIds.some((id) => id === 'code-95-nascholing' || id === 'werkgever-meerijden-met-chauffeur'));
    // A job whose sector is not known gets the offers for any work only.
    const noSector = { requirements: job.requirements };
    for (const gap of match(weak, noSector, learningOffers).gaps)
      for (const id of gap.offerIds) assert.equal(learningOffers.find((o) => o.id === id)!.sectors, undefined, id);
  });

  it('ranks jobs for a job seeker exactly as scoring every job would, interests and environment included', () => {
    // Many jobs from the templates (which ask for interests and an environment), tuned ±1 level.
    const jobs = Array.from({ length: 600 }, (_, j) => {
      const o = occupations[j % occupations.length]!;
      return {
        ...o,
        requirements: o.requirements.map((r, k) => ({
          ...r,
          level: Math.min(5, Math.max(1, r.level + ((j + k) % 3) - 1)) as Level,
        })),
      };
    });
    const index = new JobIndex<number>(order);
    jobs.forEach((j, i) => index.add(j, i));
    const facets = [...new Set(occupations.flatMap((o) => (o.environment ?? []).map((e) => e.facetId)))];
    const interestIds = ['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'] as const;
    for (let n = 0; n < 40; n++) {
      const person = {
        ...profile(rng),
        ...(n % 4 !== 3 ? { interests: interestIds.map((interestId) => ({ interestId, score: rng.int(101) })) } : {}),
        ...(n % 3 !== 2 ? { environment: facets.map((facetId) => ({ facetId, value: rng.int(5) - 2 })) } : {}),
      };
      const exact = jobs
        .map((j, i) => ({ i, ...match(person, j) }))
        .sort((a, b) => b.score - a.score || b.fit - a.fit || a.i - b.i);
      for (const k of [1, 20, 600]) {
        assert.deepEqual(
          index.rank(person, k).map((r) => [r.meta, r.score]),
          exact.slice(0, k).map((e) => [e.i, e.score]),
          `person ${n}, top ${k}`,
        );
      }
    }
  });

  it("keeps every job whole in the job index's flat table when a wider job widens it, when it grows and when jobs move", () => {
    const row = probabilityRow(order, profile(new Random(8)).scores);
    const nobody = PreferenceTable.of({});
    /** The fit by the formula, requirement by requirement, from the job's own arrays. */
    const reference = (target: MatchTarget) => {
      const c = compile(order, target);
      let sum = 0;
      let essentials = 1;
      c.columns.forEach((column, r) => {
        sum += c.weights[r]! * row[column]!;
        if (c.essential[r]) essentials *= essentialFactor(row[column]!);
      });
      return fitOf(c.totalWeight ? sum / c.totalWeight : 0, nobody.secondary(c.preferences, 0), essentials);
    };
    const [small, ...others] = occupations;
    const wide = { ...small!, requirements: others.slice(0, 6).flatMap((o) => o.requirements) };
    assert.ok(wide.requirements.length > soft.length, `${wide.requirements.length} requirements`);
    const table = new TargetTable();
    table.set(0, compile(order, small!));
    table.set(1, compile(order, wide));
    table.set(3000, compile(order, others[7]!));
    assert.equal(table.fit(0, row, nobody), reference(small!));
    assert.equal(table.fit(1, row, nobody), reference(wide));
    assert.equal(table.fit(3000, row, nobody), reference(others[7]!));
    table.move(1, 0);
    assert.equal(table.fit(0, row, nobody), reference(wide));
    table.set(1, compile(order, small!));
    assert.equal(table.fit(1, row, nobody), reference(small!), 'a narrower job in a wide slot reads only its own');
  });

  it('gives the same score both ways and matches the exact engine at scale', () => {
    const people = Array.from({ length: 300 }, () => profile(rng));
    const candidates = new CandidateIndex<number>(order, 16);
    people.forEach((p, i) => candidates.add(p, i));
    const jobsIndex = new JobIndex<string>(order);
    for (const o of occupations) jobsIndex.add(o, o.id);

    const top = candidates.rank(job, 20);
    const exact = people
      .map((p, i) => ({ i, ...match(p, job) }))
      .sort((a, b) => b.score - a.score || b.fit - a.fit || a.i - b.i);
    assert.deepEqual(
      top.map((t) => t.score),
      exact.slice(0, 20).map((e) => e.score),
    );
    for (const t of top) assert.equal(t.score, match(people[t.meta]!, job).score);

    for (const p of people.slice(0, 20)) {
      const jobs = jobsIndex.rank(p, 5);
      for (const j of jobs) {
        assert.equal(j.score, match(p, j.target).score);
        const back = candidates.rank(j.target, 300).find((c) => people[c.meta] === p)!;
        assert.equal(back.score, j.score, 'symmetry');
      }
    }
  });

  it('ranks exactly as scoring everyone would (score, fit, then the tie key), at any depth', () => {
    // Some people with interests, some jobs asking for them; a strict job that few people meet.
    const facets = [...new Set(occupations.flatMap((o) => (o.environment ?? []).map((e) => e.facetId)))];
    // More than one block of the scan (2048), so bounds and exact fits cross block edges.
    const N = 4500;
    const people = Array.from({ length: N }, (_, n) => ({
      ...profile(rng),
      ...(n % 4 === 0
        ? {
            interests: [
              { interestId: 'realistic' as const, score: 80 },
              { interestId: 'social' as const, score: n % 8 === 0 ? 70 : 20 },
            ],
          }
        : {}),
      // Some with a work environment too, on some facets (the templates ask for theirs).
      ...(n % 3 === 0
        ? { environment: facets.slice(n % 4).map((facetId, f) => ({ facetId, value: ((n + f) % 5) - 2 })) }
        : {}),
    }));
    // Tie keys in another order than the people's: the rule, not the order of adding, decides.
    const tieOf = (i: number) => (i * 7919) % 4507;
    const index = new CandidateIndex<number>(order, 16);
    people.forEach((p, i) => index.add(p, i, tieOf(i)));
    // Twins: equal fits everywhere, ordered by their tie keys.
    people.push(people[0]!, people[0]!);
    index.add(people[0]!, N, 5);
    index.add(people[0]!, N + 1, 1);
    const strict = { requirements: job.requirements.map((r) => ({ ...r, essential: true, level: 5 as const })) };
    const loose = { requirements: job.requirements.map((r) => ({ ...r, essential: false })) };
    // Everyone scores low here, so people who miss the essential can still beat those who meet it.
    const low = {
      requirements: [
        { skillId: 'accuracy', level: 3, importance: 1, essential: true },
        ...['caring', 'customer-focus', 'perseverance'].map((skillId) => ({
          skillId,
          level: 5,
          importance: 3,
          essential: false,
        })),
      ] as Requirement[],
    };
    const targets = [
      ...occupations.slice(0, 12),
      { ...job, interests: ['realistic', 'social'] as const },
      strict,
      loose,
      low,
    ];
    for (const target of targets) {
      const tie = (i: number) => (i === N ? 5 : i === N + 1 ? 1 : tieOf(i));
      const exact = people
        .map((p, i) => {
          const { score, fit } = match(p, target);
          return { meta: i, score, fit };
        })
        .sort((a, b) => b.score - a.score || b.fit - a.fit || tie(a.meta) - tie(b.meta));
      for (const k of [1, 20, 500, N + 1, N + 2, 10_000]) {
        const ranked = index.rank(target, k);
        assert.deepEqual(
          ranked.map((r) => [r.meta, r.score]),
          exact.slice(0, k).map((e) => [e.meta, e.score]),
          `top ${k}`,
        );
        for (const r of ranked) assert.ok(Math.abs(r.fit - exact.find((e) => e.meta === r.meta)!.fit) < 1e-9);
      }
      const twins = exact.filter((e) => e.meta === 0 || e.meta >= N).map((e) => e.meta);
      assert.deepEqual(twins, [0, N + 1, N], 'equal fits by tie key (0, 1, 5)');
      // An employer's filter (e.g. "holds VCA"): the same order, with only those it lets through.
      const holdsVca = (i: number) => i % 3 === 0;
      for (const k of [1, 50, 1000]) {
        assert.deepEqual(
          index.rank(target, k, holdsVca).map((r) => r.meta),
          exact
            .filter((e) => holdsVca(e.meta))
            .slice(0, k)
            .map((e) => e.meta),
          `filtered top ${k}`,
        );
      }
      assert.equal(index.countWhere(holdsVca), people.filter((_, i) => holdsVca(i)).length);
    }
  });

  it('counts the good matches exactly as the exact engine scores them', () => {
    const people = Array.from({ length: 300 }, (_, n) => profile(rng, n % 3 === 0 ? 1 : 0));
    const index = new CandidateIndex<number>(order, 16);
    people.forEach((p, n) => index.add(p, n));
    for (const target of [
      job,
      { requirements: job.requirements.map((r) => ({ ...r, essential: true, level: 5 as const })) },
    ]) {
      const { atLeast, essentialsMet } = index.count(target, GOOD_MATCH);
      assert.equal(atLeast, people.filter((p) => match(p, target).score >= GOOD_MATCH).length);
      assert.equal(essentialsMet, people.filter((p) => match(p, target).essentialsMet).length);
    }
    const strict = index.count(
      { requirements: job.requirements.map((r) => ({ ...r, essential: true, level: 5 as const })) },
      GOOD_MATCH,
    );
    assert.ok(
      strict.atLeast < index.count(job, GOOD_MATCH).atLeast || strict.atLeast === 0,
      'every essential at the top level excludes almost everyone',
    );
  });

  it('lists hard requirements required first, each with how the person holds it, and filters on all named', () => {
    const needs = [
      { id: 'rijbewijs-b', required: false },
      { id: 'vca-basis', required: true },
      { id: 'zwaar-tillen', required: true },
    ];
    const held = new Map([
      ['vca-basis', 'confirmed' as const],
      ['rijbewijs-b', 'self' as const],
    ]);
    assert.deepEqual(hardRequirementFits(needs, held), [
      { id: 'vca-basis', required: true, held: 'confirmed' },
      { id: 'zwaar-tillen', required: true, held: null },
      { id: 'rijbewijs-b', required: false, held: 'self' },
    ]);
    assert.deepEqual(hardRequirementFits(undefined, held), []);
    assert.ok(holdsAll(['vca-basis', 'rijbewijs-b'], ['rijbewijs-b', 'vca-basis']));
    assert.ok(!holdsAll(['vca-basis'], ['vca-basis', 'rijbewijs-b']));
    assert.ok(holdsAll([], []));
  });

  it('computes the share meeting every demanding essential under the correlated model, as a simulation finds it', () => {
    const essential = (skillId: string, level: number): Requirement => ({
      skillId,
      level,
      importance: 3,
      essential: true,
    });
    const cases: [Requirement[], (id: string) => string][] = [
      [[essential('a', 5), essential('b', 5)], (id) => id],
      [[essential('a', 4), essential('b', 4), essential('c', 4)], (id) => id],
      [[essential('a', 4), essential('b', 5), essential('c', 5)], (id) => (id === 'a' ? 'x' : 'y')],
    ];
    const state = seedRng(17);
    for (const [requirements, groupOf] of cases) {
      const lower = cholesky(provisionalCorrelations(requirements.map((r) => groupOf(r.skillId))));
      const cuts = requirements.map((r) => levelFloor(r.level));
      const draws = 200_000;
      let met = 0;
      for (let n = 0; n < draws; n++) {
        const z = requirements.map(() => nextNormal(state));
        if (cuts.every((cut, i) => lower[i]!.reduce((sum, l, j) => sum + l * (z[j] ?? 0), 0) >= cut)) met++;
      }
      const { share } = essentialsShare(requirements, groupOf);
      // Four standard errors of the simulation.
      assert.ok(Math.abs(share - met / draws) < 4 * Math.sqrt(share / draws), `${share} vs ${met / draws}`);
    }
    // Skills of one group go together more often; without essentials at 4-5 everyone meets them.
    const two = [essential('a', 5), essential('b', 5)];
    assert.ok(essentialsShare(two, () => 'same').share > essentialsShare(two).share);
    assert.deepEqual(essentialsShare([essential('a', 3)]), { share: 1, count: 0 });
    // Two at level 5 are too strict; three at level 4 are not (6.6 %, independence said 2.7 %).
    assert.ok(tooStrict(two));
    assert.equal(tooStrict([essential('a', 4), essential('b', 4), essential('c', 4)]), undefined);
  });

  it('ranks advice by the level asked first, then by how many jobs an offer would open', () => {
    // Weak on every skill: most essentials are missing.
    const weak = {
      scores: soft.map((skillId) => ({
        skillId,
        theta: -1.5,
        se: 0.3,
        level: 1 as const,
        percentile: 7,
        itemsUsed: 8,
      })),
    };
    const opened = jobsOpenedBy(weak, occupations, learningOffers);
    // Check one offer by hand: the jobs whose every missing essential it reaches.
    const offer = learningOffers.find((o) => (opened.get(o.id) ?? 0) > 0)!;
    const byHand = occupations.filter((o) => {
      const missing = o.requirements.filter(
        (r) => r.essential && !match(weak, { requirements: [r] }).requirements[0]!.met,
      );
      return (
        missing.length > 0 &&
        missing.every((r) => offer.develops.some((d) => d.skillId === r.skillId && d.toLevel >= r.level))
      );
    }).length;
    assert.equal(opened.get(offer.id), byHand);
    for (const job of occupations) {
      const result = match(weak, job, learningOffers, opened);
      for (const gap of result.gaps) {
        // How far past the level asked each offer goes, then how many jobs it opens.
        const keys = gap.offerIds.map((id) => {
          const offer = learningOffers.find((o) => o.id === id)!;
          const above = Math.min(
            ...offer.develops
              .filter((d) => d.skillId === gap.skillId && d.toLevel >= gap.requiredLevel)
              .map((d) => d.toLevel - gap.requiredLevel),
          );
          return [above, -(opened.get(id) ?? 0)] as const;
        });
        assert.deepEqual(
          keys,
          [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
          `${job.id}/${gap.skillId}: offers not ranked by the level asked, then jobs opened`,
        );
      }
    }
    // Working safely at level 4 on a building site: VCA Basis, not VCA VOL (for supervisors) first.
    const site = occupations.find((o) => o.id === 'stratenmaker')!;
    const safety = match(
      weak,
      { ...site, requirements: [{ skillId: 'working-safely', level: 4, importance: 3, essential: true }] },
      learningOffers,
      opened,
    ).gaps[0]!;
    assert.ok(safety.offerIds.indexOf('vca-basis') >= 0, safety.offerIds.join(', '));
    assert.ok(
      safety.offerIds.indexOf('vca-vol') === -1 ||
        safety.offerIds.indexOf('vca-basis') < safety.offerIds.indexOf('vca-vol'),
      safety.offerIds.join(', '),
    );
  });

  it("counts the same jobs opened from a job index's essential groups as from every job", () => {
    // Every template three times, once a level higher: groups must merge the same and keep the different apart.
    const harder = occupations.map((o) => ({
      ...o,
      requirements: o.requirements.map((r) => ({ ...r, level: Math.min(5, r.level + 1) as 1 })),
    }));
    const jobs = [...occupations, ...occupations, ...harder];
    const index = new JobIndex(new SkillOrder(soft));
    for (const job of jobs) index.add(job, job.id);
    const groups = index.essentialGroups();
    assert.ok(groups.length <= 2 * occupations.length, 'repeated jobs share a group');
    assert.equal(
      groups.reduce((n, g) => n + g.jobs, 0),
      jobs.filter((j) => j.requirements.some((r) => r.essential)).length,
    );
    const rng = new Random(7);
    for (let n = 0; n < 20; n++) {
      const person = {
        scores: soft.map((skillId) => ({
          skillId,
          theta: rng.normal(),
          se: 0.4,
          level: 3 as const,
          percentile: 50,
          itemsUsed: 8,
        })),
      };
      assert.deepEqual(
        jobsOpenedBy(person, index.essentialGroups(), learningOffers),
        jobsOpenedBy(person, jobs, learningOffers),
      );
    }
  });

  it('treats an unmeasured skill as unknown, not as absent', () => {
    const requirement: Requirement = { skillId: 'caring', level: 3, importance: 2, essential: false };
    const result = match({ scores: [] }, { requirements: [requirement] });
    assert.ok(Math.abs(result.requirements[0]!.probability - 0.7) < 0.01, 'P(θ ≥ −0.52 | N(0,1)) ≈ 0.70');
  });
});
