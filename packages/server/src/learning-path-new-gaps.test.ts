/**
 * A plan after its goal asks more of the person (a newer test measured a skill lower, or the
 * vacancy now asks more): the steps stay as they were (with what was done), the gaps the plan has
 * no step for are named (`newGaps`), and choosing the same goal again adds them after its steps.
 * The vacancy's change makes the test certain: which skill a new test measures lower is chance.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes, type JobProfileInput } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { serverForTests, testPeople, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`a learning plan whose goal asks more on ${label}`, () => {
    const get = serverForTests(`New gaps ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);

    it('names the gaps the plan has no step for and adds them as steps, keeping what was done', async () => {
      const seeker = client(await mint('candidate'));
      const { signed } = await playAssessment(seeker, plainPlayer(0));
      // The seeker's two lowest skills, asked at level 5: surely not reached yet.
      const [low, lower] = [...signed.skillprint.scores].sort((a, b) => a.theta - b.theta).map((s) => s.skillId);
      const employer = client(await mint('employer', undefined, 'Bouwbedrijf Van Dijk'));
      const ask = (skills: string[]): JobProfileInput => ({
        title: 'Medewerker in de wijk',
        requirements: skills.map((skillId) => ({ skillId, level: 5, importance: 3, essential: false })),
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      });
      const job = await employer.request(routes.createJobProfile, { body: ask([low!]) });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });

      const path = await seeker.request(routes.putMyLearningPath, { body: { kind: 'job', id: job.id } });
      assert.deepEqual(
        path.steps.map((s) => s.skillId),
        [low],
      );
      assert.equal(path.newGaps, undefined, 'a new plan has a step for every gap');
      await seeker.request(routes.updateMyLearningStep, { params: { skillId: low! }, body: { status: 'started' } });

      // The vacancy now asks one more skill: named, not yet a step; the step there was stays started.
      await employer.request(routes.updateJobProfile, { params: { id: job.id }, body: ask([low!, lower!]) });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });
      const now = await seeker.request(routes.getMyLearningPath);
      assert.deepEqual(now.newGaps, [lower]);
      assert.deepEqual(
        now.steps.map((s) => [s.skillId, s.status]),
        [[low, 'started']],
      );

      // The same goal again: the new gap joins the plan after its steps; nothing done is lost.
      const again = await seeker.request(routes.putMyLearningPath, { body: { kind: 'job', id: job.id } });
      assert.equal(again.id, path.id, 'the same plan');
      assert.deepEqual(
        again.steps.map((s) => [s.skillId, s.status]),
        [
          [low, 'started'],
          [lower, 'todo'],
        ],
      );
      assert.equal(again.newGaps, undefined);

      // A newer test keeps the steps too; whatever it finds new is named as the goal's gaps say.
      await playAssessment(seeker, plainPlayer(3));
      const after = await seeker.request(routes.getMyLearningPath);
      assert.deepEqual(
        after.steps.map((s) => s.skillId),
        [low, lower],
      );
      assert.equal(after.steps[0]!.status, 'started');
      assert.equal(after.newGaps, undefined, 'the goal asks only what the plan has');
    });
  });
}
