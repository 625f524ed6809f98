/**
 * Reminders through the webhook outbox, on each storage: a learning step started two weeks ago
 * and not done, and a coach's next action that is due; each once, by the partner's own ids.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { queueReminders, REMIND_AFTER_DAYS } from './reminders.js';
import { serverForTests, testPeople, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`reminders on ${label}`, () => {
    const get = serverForTests(`Reminders ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);
    /** The reminders waiting in the outbox, oldest first. */
    const outbox = async (type: string) =>
      (
        await get().server.services.db.query<{ payload: { data: Record<string, string> } }>(
          'SELECT payload FROM webhook_deliveries WHERE type = $1 ORDER BY created_at',
          [type],
        )
      ).map((r) => r.payload.data);

    it('reminds of a step started two weeks ago, once per two weeks, and of a due coach action once per date', async () => {
      const { db } = get().server.services;
      // No receiver needed: what matters is what is queued.
      await client(await mint('partner-admin', 'admin-1')).request(routes.putWebhook, {
        body: { url: 'http://127.0.0.1:9/hooks' },
      });
      const seeker = client(await mint('candidate', 'werkzoekende-42'));
      await playAssessment(seeker, plainPlayer(5));
      // The PostgreSQL of a test run is shared by the test files: only this test's rows are changed.
      const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
      const goal = careers.items.find((c) => c.gaps.length)!;
      const path = await seeker.request(routes.putMyLearningPath, {
        body: { kind: 'occupation', id: goal.occupationId },
      });
      const step = path.steps[0]!;
      await seeker.request(routes.updateMyLearningStep, {
        params: { skillId: step.skillId },
        body: { status: 'started' },
      });

      assert.equal(await queueReminders(db), 0, 'just started: nothing yet');
      const backdate = (days: number) =>
        db.query(`UPDATE learning_steps SET started_at = now() - make_interval(days => $1) WHERE path_id = $2`, [
          days,
          path.id,
        ]);
      await backdate(REMIND_AFTER_DAYS + 1);
      assert.equal(await queueReminders(db), 1);
      assert.equal(await queueReminders(db), 0, 'not twice');
      const [reminder] = await outbox('learning.reminder');
      assert.deepEqual(
        { ...reminder, startedAt: undefined },
        { subject: 'werkzoekende-42', goal: goal.occupationId, skillId: step.skillId, startedAt: undefined },
      );
      // Two weeks later and still not done: again.
      await db.query(`UPDATE learning_steps SET reminded_at = now() - make_interval(days => $1) WHERE path_id = $2`, [
        REMIND_AFTER_DAYS,
        path.id,
      ]);
      assert.equal(await queueReminders(db), 1);
      // Done: no more.
      await seeker.request(routes.updateMyLearningStep, {
        params: { skillId: step.skillId },
        body: { status: 'done' },
      });
      await db.query(`UPDATE learning_steps SET reminded_at = NULL WHERE path_id = $1`, [path.id]);
      assert.equal(await queueReminders(db), 0);

      const coach = client(await mint('coach', 'coach-anna', 'Anna, jobcoach'));
      const { code } = await coach.request(routes.createCoachInvite);
      await seeker.request(routes.grantCoach, { body: { code, called: 'Sam' } });
      const [entry] = (await coach.request(routes.listCaseload)).items;
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const params = { personId: entry!.personId };
      await coach.request(routes.setNextAction, { params, body: { text: 'Bellen', due: later } });
      assert.equal(await queueReminders(db), 0, 'not due yet');
      await coach.request(routes.setNextAction, { params, body: { text: 'Bellen over de cursus', due: today } });
      assert.equal(await queueReminders(db), 1);
      assert.equal(await queueReminders(db), 0, 'once per date');
      assert.deepEqual(await outbox('coach.action-due'), [
        { coach: 'coach-anna', participant: 'Sam', action: 'Bellen over de cursus', due: today },
      ]);
      // Taken away: no reminders about them.
      await db.query(`UPDATE coach_access SET reminded_due = NULL WHERE person_id = $1`, [entry!.personId]);
      const [grant] = (await seeker.request(routes.listMyCoaches)).items;
      await seeker.request(routes.revokeCoach, { params: { coachId: grant!.coachId } });
      assert.equal(await queueReminders(db), 0);
    });
  });
}
