/**
 * The research round (#20): after the whole test, a job seeker with the research consent may
 * answer a few more scenes and games of one skill, for calibration only. Run on PGlite, and on
 * PostgreSQL when one is available.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createClient, routes, type Client } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { RESEARCH_CONSENT_VERSION } from '@pfw/core/research-groups';
import { createAssessmentEngine } from '@pfw/core/psychometrics';
import { calibrationSample } from './banks/calibrate.js';
import { ResearchCounts, countResearchAnswers } from './banks/research-counts.js';
import { serverForTests, testStorages } from './testing.js';

const ORIGIN = 'https://portal.example.nl';
const engine = createAssessmentEngine();

const rejects = (promise: Promise<unknown>, status: number, type: string) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, status, JSON.stringify(error.problem));
    assert.ok(error.problem.type.endsWith(`/${type}`), error.problem.type);
    return true;
  });

for (const [label, databaseUrl] of testStorages()) {
  describe(`the research round on ${label}`, () => {
    const running = serverForTests(label, { databaseUrl, origin: ORIGIN });
    const candidate = async (): Promise<Client> => {
      const { server, partner } = running();
      const secret = createClient({ baseUrl: server.url, credentials: () => ({ token: partner.secretKey }) });
      const { token } = await secret.request(routes.createToken, {
        body: { role: 'candidate', subject: `research-${Math.random().toString(36).slice(2)}` },
      });
      return createClient({ baseUrl: server.url, credentials: () => ({ token }) });
    };
    const consent = (me: Client) =>
      me.request(routes.putMyResearchProfile, { body: { consentTextVersion: RESEARCH_CONSENT_VERSION } });

    it('is only for those with the research consent, after the whole test, and not with remeasure', async () => {
      const me = await candidate();
      await rejects(
        me.request(routes.startAssessment, { body: { lang: 'nl', research: true } }),
        409,
        'no-research-consent',
      );
      await consent(me);
      await rejects(me.request(routes.startAssessment, { body: { lang: 'nl', research: true } }), 409, 'no-skillprint');
      await playAssessment(me, plainPlayer(1));
      await rejects(
        me.request(routes.startAssessment, { body: { lang: 'nl', research: true, remeasure: ['planning'] } }),
        400,
        'validation',
      );
    });

    it("asks one skill's scenes and games the test did not show, and leaves the skillprint as it was", async () => {
      const me = await candidate();
      await consent(me);
      const test = await playAssessment(me, plainPlayer(2));
      const seen = new Set(test.steps.map((s) => s.id));
      const round = await playAssessment(me, plainPlayer(3), { research: true });
      assert.ok(round.steps.length >= 3, `${round.steps.length} steps`);
      const skills = new Set(
        round.steps.map((step) => {
          const unit = engine.unit(step.id);
          assert.ok(unit?.kind === 'item', `${step.id} is a scene or a game`);
          return unit.item.skillId;
        }),
      );
      assert.equal(skills.size, 1, 'one skill');
      assert.ok(
        round.steps.every((s) => !seen.has(s.id)),
        'nothing the test showed',
      );
      assert.ok(
        round.steps.every((s) => s.kind === 'scene' || s.kind === 'game'),
        'no preference questions, no blocks',
      );
      // Completing gives the skillprint of the test, unchanged (the same id and signature).
      assert.deepEqual(round.signed, test.signed);
      const session = await me.request(routes.getAssessment, { params: { id: round.sessionId } });
      assert.equal(session.research, true);
      assert.equal(session.skillprintId, test.signed.skillprint.id);
      assert.deepEqual(session.next, []);
      const mine = await me.request(routes.listMySkillprints);
      assert.deepEqual(
        mine.items.map((s) => s.skillprint.id),
        [test.signed.skillprint.id],
        'no new skillprint',
      );
      // The export says which session was the round, with its answers.
      const exported = await me.request(routes.exportMe);
      const listed = exported.assessments.find((a) => a.id === round.sessionId);
      assert.equal(listed?.research, true);
      assert.equal(listed?.responses.length, round.steps.length);

      // Calibration takes the round's answers with the test's, as one person.
      const { people } = await calibrationSample(running().server.services.db, running().server.services.banks);
      const both = people.find((p) => round.steps.every((s) => p.answers.some((a) => a.unitId === s.id)));
      assert.ok(both, 'the round is calibrated with its test');
      assert.equal(both.answers.length, test.steps.filter((s) => engine.unit(s.id)).length + round.steps.length);
    });

    it('may stop at any answer: what was answered counts, the rest is not asked', async () => {
      const me = await candidate();
      await consent(me);
      await playAssessment(me, plainPlayer(4));
      const round = await playAssessment(me, plainPlayer(5), { research: true, limit: 1 });
      assert.equal(round.steps.length, 1);
      const session = await me.request(routes.getAssessment, { params: { id: round.sessionId } });
      assert.equal(session.status, 'completed');
      assert.deepEqual(session.next, []);
      await rejects(
        me.request(routes.putResponse, {
          params: { id: round.sessionId, itemId: round.steps[0]!.id },
          body: { itemId: round.steps[0]!.id, choice: 0, durationMs: 1000, answeredAt: new Date().toISOString() },
        }),
        409,
        'assessment-completed',
      );
    });

    it('aims where answers are missing: it counts the answers of those with the research consent, on the version in use', async () => {
      const { db, banks } = running().server.services;
      const version = banks.current.assessmentVersion;
      const before = await countResearchAnswers(db, version);
      const me = await candidate();
      await consent(me);
      const test = await playAssessment(me, plainPlayer(4));
      const after = await countResearchAnswers(db, version);
      for (const id of new Set([...before.keys(), ...after.keys(), ...test.steps.map((s) => s.id)])) {
        const answered = test.steps.some((s) => s.id === id) ? 1 : 0;
        assert.equal((after.get(id) ?? 0) - (before.get(id) ?? 0), answered, id);
      }
      // Someone without the consent: not counted. Another version: nothing.
      await playAssessment(await candidate(), plainPlayer(5));
      assert.deepEqual(await countResearchAnswers(db, version), after);
      assert.equal((await countResearchAnswers(db, 'no-such-version')).size, 0);

      // An instance counts at most every so often, and meanwhile uses what it counted last.
      let now = 0;
      const counts = new ResearchCounts(db, 1000, () => now);
      const first = await counts.of(version);
      assert.deepEqual(first, after);
      const other = await candidate();
      await consent(other);
      await playAssessment(other, plainPlayer(6));
      now = 500;
      assert.equal(await counts.of(version), first, 'not counted again within the age');
      now = 1500;
      assert.equal(await counts.of(version), first, 'the last count serves while a new one is read');
      let fresh = first;
      for (let waited = 0; fresh === first && waited < 10_000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
        fresh = await counts.of(version);
      }
      assert.notEqual(fresh, first);
      assert.deepEqual(fresh, await countResearchAnswers(db, version));
    });
  });
}
