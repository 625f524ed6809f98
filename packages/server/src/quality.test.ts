import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createClient, routes, type Client, type Skillprint } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { RESEARCH_CONSENT_VERSION } from '@pfw/core/research-groups';
import { BankRegistry } from './banks/registry.js';
import { measurementQuality } from './quality.js';
import { serverForTests, testStorages } from './testing.js';

const ORIGIN = 'https://portal.example.nl';

for (const [label, url] of testStorages()) {
  describe(`fairness research and measurement quality on ${label}`, () => {
    const get = serverForTests(label, { databaseUrl: url, origin: ORIGIN });
    const clientFor = async (role: 'candidate' | 'employer' | 'partner-admin', subject: string): Promise<Client> => {
      const { server, partner } = get();
      const secret = createClient({ baseUrl: server.url, credentials: () => ({ token: partner.secretKey }) });
      const { token } = await secret.request(routes.createToken, {
        body: { role, subject, ...(role === 'employer' && { displayName: 'Bouw BV' }) },
      });
      return createClient({ baseUrl: server.url, credentials: () => ({ token }) });
    };
    const problem = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => assert.fail('expected an error'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ApiError, String(error));
      return error.problem;
    };

    it('keeps the research consent apart: optional answers, replaced, exported, withdrawn', async () => {
      const me = await clientFor('candidate', `research-${label}`);
      assert.equal((await problem(me.request(routes.getMyResearchProfile))).status, 404);
      const wrong = await problem(
        me.request(routes.putMyResearchProfile, { body: { consentTextVersion: '1999-01', gender: 'woman' } }),
      );
      assert.equal(wrong.status, 400);
      assert.equal(wrong.errors?.[0]?.path, 'body.consentTextVersion');
      const bad = await problem(
        me.request(routes.putMyResearchProfile, {
          // @ts-expect-error -- not a category: the contract refuses it
          body: { consentTextVersion: RESEARCH_CONSENT_VERSION, ageBand: '12-15' },
        }),
      );
      assert.equal(bad.status, 400);
      assert.equal(bad.errors?.[0]?.path, 'body.ageBand');
      assert.equal((await problem(me.request(routes.getMyResearchProfile))).status, 404, 'nothing half-written');

      const given = await me.request(routes.putMyResearchProfile, {
        body: { consentTextVersion: RESEARCH_CONSENT_VERSION, gender: 'woman', educationLevel: 'mbo2-4' },
      });
      assert.equal(given.gender, 'woman');
      // A question left open now is removed, not kept from before.
      const replaced = await me.request(routes.putMyResearchProfile, {
        body: { consentTextVersion: RESEARCH_CONSENT_VERSION, ageBand: '27-40' },
      });
      assert.deepEqual(
        { ...replaced, givenAt: undefined },
        { consentTextVersion: RESEARCH_CONSENT_VERSION, ageBand: '27-40', givenAt: undefined },
      );
      assert.deepEqual((await me.request(routes.exportMe)).researchProfile, replaced);

      const employer = await clientFor('employer', `research-employer-${label}`);
      assert.equal((await problem(employer.request(routes.getMyResearchProfile))).status, 403);

      await me.request(routes.deleteMyResearchProfile);
      assert.equal((await problem(me.request(routes.getMyResearchProfile))).status, 404);
      assert.equal((await me.request(routes.exportMe)).researchProfile, null);
    });

    it('reports precision, exposure, person fit and the funnel per group, from what is stored', async () => {
      const { server, partner } = get();
      const db = server.services.db;
      const skillprints: Skillprint[] = [];
      for (let i = 0; i < 8; i++) {
        const me = await clientFor('candidate', `quality-${label}-${i}`);
        // Half took the test in Turkish (the session's language: every answer says so).
        const { signed } = await playAssessment(me, plainPlayer(i), { lang: i < 4 ? 'nl' : 'tr' });
        skillprints.push(signed.skillprint);
        if (i === 0) await playAssessment(me, plainPlayer(5)); // a retake: the latest counts
        await me.request(routes.putMyResearchProfile, {
          body: {
            consentTextVersion: RESEARCH_CONSENT_VERSION,
            gender: i % 2 ? 'man' : 'woman',
            ...(i !== 3 && { ageBand: i < 4 ? '16-26' : '41-54' }),
          },
        });
      }
      const admin = await clientFor('partner-admin', `quality-admin-${label}`);
      const viaApi = await admin.request(routes.getMeasurementQuality);
      assert.equal(viaApi.research.participants, 8);
      assert.equal(viaApi.minGroup, 30);
      // Groups of 4 are below the minimum: no figure about them, not even their size.
      assert.ok(viaApi.impact.every((s) => s.groups.every((g) => g.verdict === 'too-few' && g.n === undefined)));
      assert.deepEqual(viaApi.dif, []);
      const candidate = await clientFor('candidate', `quality-nosy-${label}`);
      assert.equal((await problem(candidate.request(routes.getMeasurementQuality))).status, 403);

      const report = await measurementQuality(db, partner.partnerId, BankRegistry.provisional(), { minGroup: 3 });
      assert.equal(report.exposure.sessions, 8, 'the latest assessment of each person');
      assert.ok(report.exposure.used > 0 && report.exposure.used <= report.exposure.bank);
      assert.ok(report.exposure.maxShare! > 0 && report.exposure.maxShare! <= 1);
      assert.equal(report.personFit.sessions, 8);
      assert.ok(report.itemFit.flagged.length <= report.itemFit.studied);
      // Named in words a policy officer reads (the item's text, or the two statements), not by id.
      assert.ok(report.itemFit.flagged.every((f) => f.n >= 3 && f.p < 0.01 && f.text !== f.key));
      const latestPayloads = (
        await db.query<{ payload: Skillprint }>(
          `SELECT DISTINCT ON (k.person_id) k.payload FROM skillprints k JOIN people p ON p.id = k.person_id
            WHERE p.partner_id = $1 ORDER BY k.person_id, k.issued_at DESC`,
          [partner.partnerId],
        )
      ).map((r) => r.payload);
      assert.equal(report.personFit.flagged, latestPayloads.filter((p) => p.poorFit).length, 'as each was told');
      for (const skill of report.skills) {
        // The first person's retake replaced their first skillprint: count from the latest.
        const latest = latestPayloads.flatMap((p) => p.scores.filter((s) => s.skillId === skill.skillId));
        assert.equal(skill.n, latest.length, skill.skillId);
        if (skill.n >= 3) assert.ok(skill.reliability !== null && skill.reliability <= 1, skill.skillId);
        assert.ok(skill.retest.n <= 1 && skill.retest.r === null, 'one retake: too few for a correlation');
      }
      const level3 = report.impact.find((s) => s.characteristic === 'gender' && s.step === 'level-3')!;
      assert.deepEqual(
        level3.groups.map((g) => [g.group, g.n]),
        [
          ['woman', 4],
          ['man', 4],
        ],
      );
      const gender = report.dif.find((d) => d.characteristic === 'gender');
      assert.ok(gender, 'a DIF comparison of the two gender groups');
      assert.equal(gender.reference === 'woman' || gender.reference === 'man', true);
      assert.ok(gender.studied + gender.tooFew > 0);
      // The same items by the language they were shown in (#25): Dutch and Turkish, 4 each.
      const language = report.dif.find((d) => d.characteristic === 'testLanguage');
      assert.ok(language, 'a DIF comparison by test language');
      assert.deepEqual([language.reference, language.focal].sort(), ['nl', 'tr']);
      assert.ok(language.studied + language.tooFew > 0);
      // Aggregates only: no pseudonym, id or person in the report.
      const text = JSON.stringify(report);
      for (const s of skillprints) assert.ok(!text.includes(s.owner) && !text.includes(s.id));
    });
  });
}
