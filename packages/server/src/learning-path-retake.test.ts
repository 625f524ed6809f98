/**
 * A plan after a new test: the steps stay as they were (with what was done), the gaps the new
 * skillprint found that the plan has no step for are named (`newGaps`), and choosing the same
 * goal again adds them after the steps there are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { serverForTests, testPeople, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`a learning plan after a new test on ${label}`, () => {
    const get = serverForTests(`Retake ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);

    it('names the gaps a newer test found and adds them as steps, keeping what was done', async () => {
      const seeker = client(await mint('candidate'));
      await playAssessment(seeker, plainPlayer(0));
      // The goal with the fewest gaps now: a new test is likely to find one more.
      const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
      const goal = careers.items.filter((c) => c.gaps.length).sort((a, b) => a.gaps.length - b.gaps.length)[0]!;
      const path = await seeker.request(routes.putMyLearningPath, {
        body: { kind: 'occupation', id: goal.occupationId },
      });
      const first = path.steps[0]!;
      await seeker.request(routes.updateMyLearningStep, {
        params: { skillId: first.skillId },
        body: { status: 'started' },
      });
      assert.equal(path.newGaps, undefined, 'a new plan has a step for every gap');

      // New tests until one finds a gap the plan has no step for (answers differ each time).
      let found: string[] | undefined;
      for (let offset = 1; offset <= 6 && !found; offset++) {
        await playAssessment(seeker, plainPlayer(offset));
        const now = await seeker.request(routes.getMyLearningPath);
        const gaps = (await seeker.request(routes.listMyCareers, { query: { limit: 500 } })).items
          .find((c) => c.occupationId === goal.occupationId)!
          .gaps.map((g) => g.skillId);
        const planned = new Set(now.steps.map((s) => s.skillId));
        // As the goal's gaps say, never more: the steps there were stay, with what was done.
        assert.deepEqual(
          now.newGaps ?? [],
          gaps.filter((id) => !planned.has(id)),
        );
        assert.deepEqual(
          now.steps.map((s) => s.skillId),
          path.steps.map((s) => s.skillId),
        );
        assert.equal(now.steps[0]!.status, 'started');
        found = now.newGaps;
      }
      assert.ok(found?.length, 'a new test found a gap the plan did not have');

      // The same goal again: the new gaps join the plan after its steps; the started step stays started.
      const again = await seeker.request(routes.putMyLearningPath, {
        body: { kind: 'occupation', id: goal.occupationId },
      });
      assert.equal(again.id, path.id, 'the same plan');
      assert.deepEqual(
        again.steps.map((s) => s.skillId),
        [...path.steps.map((s) => s.skillId), ...found],
      );
      assert.equal(again.steps[0]!.status, 'started');
      assert.equal(again.newGaps, undefined);
      for (const s of again.steps.slice(path.steps.length)) assert.equal(s.status, 'todo');
    });
  });
}
