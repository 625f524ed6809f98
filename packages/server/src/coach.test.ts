/**
 * The coach routes' own checks: the caseload says "every step done" apart from "the level is
 * reached" (by the learning path's rule), and a next action's date is a real plan (not 9999-12-31).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, routes, type Skillprint } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { serverForTests, testPeople, testStorages } from './testing.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

for (const [label, databaseUrl] of testStorages()) {
  describe(`coach routes on ${label}`, () => {
    const get = serverForTests(`Coach ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);
    const suffix = () => Math.random().toString(36).slice(2, 8);

    /** A job seeker with a skillprint and a plan, who gave a new coach access. */
    async function coached() {
      const seeker = client(await mint('candidate', `seeker-${suffix()}`));
      const { signed } = await playAssessment(seeker, plainPlayer(2));
      const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
      const goal = careers.items.find((c) => c.gaps.length >= 2)!;
      const path = await seeker.request(routes.putMyLearningPath, {
        body: { kind: 'occupation', id: goal.occupationId },
      });
      const coach = client(await mint('coach', `coach-${suffix()}`, 'Fatima, trajectcoach Werkplein'));
      const { code } = await coach.request(routes.createCoachInvite);
      await seeker.request(routes.grantCoach, { body: { code, called: 'Jip' } });
      const [entry] = (await coach.request(routes.listCaseload)).items;
      return { seeker, coach, path, personId: entry!.personId, signed };
    }

    it('says "every step done" apart from "the level reached", by the rule of the learning path', async () => {
      const { seeker, coach, path, personId, signed } = await coached();
      const learning = async () => (await coach.request(routes.listCaseload)).items[0]!.learning!;
      assert.equal((await learning()).remaining, path.steps.length);
      assert.deepEqual((await learning()).notReached, []);

      // Every step marked done, nothing measured again: done, not reached.
      for (const step of path.steps)
        await seeker.request(routes.updateMyLearningStep, {
          params: { skillId: step.skillId },
          body: { status: 'done' },
        });
      const mine = await seeker.request(routes.getMyLearningPath);
      assert.equal(mine.remaining, 0);
      const done = await learning();
      assert.equal(done.remaining, 0);
      assert.equal(done.steps, path.steps.length);
      assert.deepEqual(
        done.notReached,
        mine.steps.filter((s) => !s.reached).map((s) => s.skillId),
      );
      assert.ok(done.notReached.length > 0, 'the plan held only levels not reached');
      // The case file says the same as the list.
      assert.deepEqual((await coach.request(routes.getCaseFile, { params: { personId } })).entry.learning, done);

      // A newer measurement that reaches every level: the goal is reached, as the learning path says too.
      const { db } = get().server.services;
      const high: Skillprint = {
        ...signed.skillprint,
        scores: signed.skillprint.scores.map((s) => ({ ...s, theta: 3, se: 0.2, level: 5 })),
      };
      await db.query('UPDATE skillprints SET payload = $2 WHERE person_id = $1', [personId, JSON.stringify(high)]);
      const reached = await seeker.request(routes.getMyLearningPath);
      const after = await learning();
      assert.deepEqual(
        after.notReached,
        reached.steps.filter((s) => s.status === 'done' && !s.reached).map((s) => s.skillId),
      );
      assert.deepEqual(after.notReached, [], 'measured high on every skill of the plan');
      assert.equal(after.remaining, reached.remaining);
    });

    it('reads the caseload in the same few queries for one person or three, each with their own progress', async () => {
      const coach = client(await mint('coach', `coach-${suffix()}`, 'Sanne'));
      const { db } = get().server.services;
      const add = async (stepsDone: number) => {
        const seeker = client(await mint('candidate', `seeker-${suffix()}`));
        await playAssessment(seeker, plainPlayer(3));
        const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
        const goal = careers.items.find((c) => c.gaps.length >= 2)!;
        const path = await seeker.request(routes.putMyLearningPath, {
          body: { kind: 'occupation', id: goal.occupationId },
        });
        for (const step of path.steps.slice(0, stepsDone))
          await seeker.request(routes.updateMyLearningStep, {
            params: { skillId: step.skillId },
            body: { status: 'done' },
          });
        const { code } = await coach.request(routes.createCoachInvite);
        await seeker.request(routes.grantCoach, { body: { code } });
        return (await seeker.request(routes.getMyLearningPath)).remaining;
      };
      const countQueries = async () => {
        const query = db.query;
        let count = 0;
        db.query = ((...args: Parameters<typeof query>) => (count++, query.apply(db, args))) as typeof query;
        try {
          return { items: (await coach.request(routes.listCaseload)).items, count };
        } finally {
          db.query = query;
        }
      };
      // The fewest of three reads: what a server does now and then on a request (its signing keys,
      // the rate limits' sweep once a minute, the change log) falls in one read, a query per person
      // in all of them (CI counted 7 for one person and 6 for three with a single read).
      const queriesOfList = async () => {
        const reads = [await countQueries(), await countQueries(), await countQueries()];
        return { items: reads[2]!.items, count: Math.min(...reads.map((r) => r.count)) };
      };
      const remaining = [await add(0)];
      const one = await queriesOfList();
      remaining.push(await add(1), await add(2));
      const three = await queriesOfList();
      assert.equal(three.items.length, 3);
      assert.equal(three.count, one.count, 'no queries per person');
      // Each row has its own person's progress, as their own plan counts it, and the case file agrees.
      assert.deepEqual(three.items.map((e) => e.learning!.remaining).sort(), [...remaining].sort());
      for (const entry of three.items)
        assert.deepEqual(
          (await coach.request(routes.getCaseFile, { params: { personId: entry.personId } })).entry.learning,
          entry.learning,
        );
    });

    it('takes a next action due from today up to two years ahead, not 9999-12-31', async () => {
      const { coach, personId } = await coached();
      const params = { personId };
      const set = (due: string) => coach.request(routes.setNextAction, { params, body: { text: 'Bellen', due } });
      for (const due of ['9999-12-31', day(731 + 2), day(-400)]) {
        const error = await set(due).then(
          () => undefined,
          (e: unknown) => e,
        );
        assert.ok(error instanceof ApiError, `${due} was taken`);
        assert.equal(error.status, 400);
        assert.equal(error.problem.errors?.[0]?.path, 'body.due');
      }
      for (const due of [day(0), day(730), day(-6)])
        assert.equal((await set(due)).nextAction?.due, due, `${due} was refused`);
    });
  });
}
