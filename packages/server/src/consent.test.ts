/**
 * Access follows consent (docs/privacy.md), by every route an employer reads a candidate through:
 * applications, connections (their fit) and GET /v1/skillprints/{id}. Applying or accepting
 * shares the skillprint of that moment, newer ones only while the candidate is in the talent
 * pool; withdrawing (the application, also once invited, or the connection) hides it again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, routes, type Client, type JobProfileInput, type Skillprint } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { match } from '@pfw/core/matching';
import { occupations } from '@pfw/core/skills';
import { serverForTests, testPeople, testStorages } from './testing.js';

const pool = {
  availability: 'now' as const,
  region: 'Eindhoven',
  hours: { min: 24, max: 36 },
  consentTextVersion: '2026-11',
};
const identity = { name: 'Sam de Boer', email: 'sam@example.nl' };
const occupation = occupations.find((o) => o.id === 'stratenmaker')!;
const jobInput: JobProfileInput = {
  title: 'Stratenmaker',
  occupationId: occupation.id,
  requirements: occupation.requirements,
  region: 'Eindhoven',
  hours: { min: 32, max: 40 },
};

const notFound = (promise: Promise<unknown>) =>
  assert.rejects(promise, (e: unknown) => e instanceof ApiError && e.status === 404);

for (const [label, databaseUrl] of testStorages()) {
  describe(`consent on ${label}`, () => {
    const get = serverForTests(`Consent ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);

    async function vacancy(employer: Client): Promise<string> {
      const job = await employer.request(routes.createJobProfile, { body: jobInput });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });
      return job.id;
    }

    /** A job seeker with a skillprint, in the talent pool, and an employer with a published vacancy. */
    async function start() {
      const seeker = client(await mint('candidate'));
      const { signed } = await playAssessment(seeker, plainPlayer(2));
      await seeker.request(routes.putTalentPool, { body: pool });
      const employer = client(await mint('employer', undefined, 'Bestrating Jansen'));
      const job = await vacancy(employer);
      const pseudonym = (await seeker.request(routes.getTalentPool)).candidate;
      return { seeker, employer, job, first: signed.skillprint, pseudonym };
    }

    /**
     * A whole new assessment, made to measure the top level everywhere (stored as if measured so),
     * so a fit computed from it differs from one computed from the first.
     */
    async function newSkillprint(seeker: Client): Promise<Skillprint> {
      const { signed } = await playAssessment(seeker, plainPlayer(1));
      const high: Skillprint = {
        ...signed.skillprint,
        scores: signed.skillprint.scores.map((s) => ({ ...s, theta: 3, se: 0.2, level: 5 })),
      };
      await get().server.services.db.query('UPDATE skillprints SET payload = $2 WHERE id = $1', [
        high.id,
        JSON.stringify(high),
      ]);
      return high;
    }

    /** Everything the employer can read about the candidate, as one text. */
    const everything = async (employer: Client, job: string) =>
      JSON.stringify([
        await employer.request(routes.listApplications, { params: { id: job } }),
        await employer.request(routes.listConnections),
      ]);

    it('after the connection is withdrawn and the pool left, an application shows no skillprint, old or new', async () => {
      const { seeker, employer, job, first, pseudonym } = await start();
      const applied = await seeker.request(routes.applyToJob, { params: { id: job }, body: { message: 'Graag.' } });
      const invited = await employer.request(routes.inviteApplicant, { params: { id: applied.id }, body: {} });
      const connectionId = invited.connectionId!;
      await seeker.request(routes.answerConnection, { params: { id: connectionId }, body: { accept: true, identity } });
      // Shared: the application and GET /v1/skillprints/{id} say the same.
      const [shown] = (await employer.request(routes.listApplications, { params: { id: job } })).items;
      assert.equal(shown!.skillprint?.id, first.id);
      assert.equal(
        (await employer.request(routes.getSkillprint, { params: { id: first.id } })).skillprint.id,
        first.id,
      );

      await seeker.request(routes.withdrawConnection, { params: { id: connectionId } });
      await seeker.request(routes.leaveTalentPool);
      const second = await newSkillprint(seeker);

      // The application the request answered is withdrawn with it: gone for the employer.
      const list = await employer.request(routes.listApplications, { params: { id: job } });
      assert.ok(!list.items.some((a) => a.candidate === pseudonym), JSON.stringify(list.items));
      const mine = await seeker.request(routes.listMyApplications);
      assert.equal(mine.items.find((a) => a.id === applied.id)?.status, 'withdrawn');
      // The connection: status only, no name, no fit.
      const connection = (await employer.request(routes.listConnections)).items.find((c) => c.id === connectionId)!;
      assert.equal(connection.status, 'withdrawn');
      assert.equal(connection.identity, undefined);
      assert.equal(connection.fit, undefined);
      // No route gives either skillprint.
      await notFound(employer.request(routes.getSkillprint, { params: { id: first.id } }));
      await notFound(employer.request(routes.getSkillprint, { params: { id: second.id } }));
      const seen = await everything(employer, job);
      for (const word of [second.id, first.id, 'testLangs', 'interest', 'Sam de Boer'])
        assert.ok(!seen.includes(word), `${word} is not shown`);
    });

    it('lets a job seeker withdraw an invited application, and with it the request and what it shared', async () => {
      const { seeker, employer, job, first, pseudonym } = await start();
      const applied = await seeker.request(routes.applyToJob, { params: { id: job }, body: {} });
      const invited = await employer.request(routes.inviteApplicant, { params: { id: applied.id }, body: {} });
      await seeker.request(routes.answerConnection, {
        params: { id: invited.connectionId! },
        body: { accept: true, identity },
      });
      const withdrawn = await seeker.request(routes.withdrawApplication, { params: { id: applied.id } });
      assert.equal(withdrawn.status, 'withdrawn');
      await assert.rejects(
        seeker.request(routes.withdrawApplication, { params: { id: applied.id } }),
        (e: unknown) => e instanceof ApiError && e.status === 409,
      );
      const list = await employer.request(routes.listApplications, { params: { id: job } });
      assert.ok(!list.items.some((a) => a.candidate === pseudonym));
      const connection = (await employer.request(routes.listConnections)).items.find(
        (c) => c.id === invited.connectionId,
      )!;
      assert.deepEqual([connection.status, connection.identity, connection.fit], ['withdrawn', undefined, undefined]);
      await notFound(employer.request(routes.getSkillprint, { params: { id: first.id } }));

      // An invitation not answered yet goes with the application too.
      const other = await vacancy(employer);
      const again = await seeker.request(routes.applyToJob, { params: { id: other }, body: {} });
      const asked = await employer.request(routes.inviteApplicant, { params: { id: again.id }, body: {} });
      await seeker.request(routes.withdrawApplication, { params: { id: again.id } });
      const request = (await seeker.request(routes.listConnections)).items.find((c) => c.id === asked.connectionId)!;
      assert.equal(request.status, 'withdrawn');
      assert.ok(!(await everything(employer, other)).includes(first.id));
    });

    it('shows an application the skillprint applied with; a newer one only while in the talent pool', async () => {
      const { seeker, employer, job, first } = await start();
      const applied = await seeker.request(routes.applyToJob, { params: { id: job }, body: {} });
      await seeker.request(routes.leaveTalentPool);
      const second = await newSkillprint(seeker);
      assert.notEqual(match(second, jobInput).score, match(first, jobInput).score, 'the two skillprints fit apart');

      // Out of the pool: the skillprint of the moment of applying, and the score from it.
      let [shown] = (await employer.request(routes.listApplications, { params: { id: job } })).items;
      assert.equal(shown!.skillprint?.id, first.id);
      assert.equal(shown!.score, match(first, jobInput).score);
      assert.equal(
        (await employer.request(routes.getSkillprint, { params: { id: first.id } })).skillprint.id,
        first.id,
      );
      await notFound(employer.request(routes.getSkillprint, { params: { id: second.id } }));
      // The job seeker sees their own newest.
      assert.equal((await seeker.request(routes.listMyApplications)).items[0]!.score, match(second, jobInput).score);

      // Back in the pool: the newer one follows.
      await seeker.request(routes.putTalentPool, { body: pool });
      [shown] = (await employer.request(routes.listApplications, { params: { id: job } })).items;
      assert.equal(shown!.skillprint?.id, second.id);
      assert.equal(shown!.score, match(second, jobInput).score);
      assert.equal(
        (await employer.request(routes.getSkillprint, { params: { id: second.id } })).skillprint.id,
        second.id,
      );

      // Withdrawn: nothing.
      await seeker.request(routes.withdrawApplication, { params: { id: applied.id } });
      assert.deepEqual((await employer.request(routes.listApplications, { params: { id: job } })).items, []);
      await notFound(employer.request(routes.getSkillprint, { params: { id: first.id } }));
      await notFound(employer.request(routes.getSkillprint, { params: { id: second.id } }));
    });

    it("keeps a connection's fit on the skillprint shared, and shows none once withdrawn", async () => {
      const { seeker, employer, job, first, pseudonym } = await start();
      const request = await employer.request(routes.requestConnection, {
        body: { jobProfileId: job, candidate: pseudonym },
      });
      assert.equal(request.fit?.score, match(first, jobInput).score, 'asked from the pool: the fit the ranking shows');
      await seeker.request(routes.answerConnection, { params: { id: request.id }, body: { accept: true, identity } });
      // After the yes, the connection names the skillprint to open and where and when they can work.
      const said = (await employer.request(routes.listConnections)).items.find((c) => c.id === request.id)!;
      assert.equal(said.skillprintId, first.id);
      assert.ok(said.pool?.region && said.pool.availability, 'the pool details come with the yes');
      assert.equal(
        (await employer.request(routes.getSkillprint, { params: { id: first.id } })).skillprint.id,
        first.id,
      );
      await seeker.request(routes.leaveTalentPool);
      const second = await newSkillprint(seeker);
      const expected = match(first, jobInput);
      assert.notEqual(match(second, jobInput).score, expected.score, 'the two skillprints fit apart');

      const fitOf = async () =>
        (await employer.request(routes.listConnections)).items.find((c) => c.id === request.id)!.fit;
      const fit = await fitOf();
      assert.equal(fit?.score, expected.score, 'the fit of the skillprint shared at acceptance');
      assert.deepEqual(
        fit?.requirements.map((r) => r.level),
        expected.requirements.map((r) => r.level),
      );
      await notFound(employer.request(routes.getSkillprint, { params: { id: second.id } }));
      // The job seeker sees how their newest fits.
      const own = (await seeker.request(routes.listConnections)).items.find((c) => c.id === request.id)!;
      assert.equal(own.fit?.score, match(second, jobInput).score);

      const outOfPool = (await employer.request(routes.listConnections)).items.find((c) => c.id === request.id)!;
      assert.equal(outOfPool.skillprintId, first.id, 'the one shared at the yes, not the newer one');
      assert.equal(outOfPool.pool, undefined, 'out of the pool: no pool details');
      await seeker.request(routes.withdrawConnection, { params: { id: request.id } });
      assert.equal(await fitOf(), undefined);
      const withdrawn = (await employer.request(routes.listConnections)).items.find((c) => c.id === request.id)!;
      assert.equal(withdrawn.skillprintId, undefined);
      await notFound(employer.request(routes.getSkillprint, { params: { id: first.id } }));
      assert.ok(!(await everything(employer, job)).includes(second.id));
    });
  });
}
