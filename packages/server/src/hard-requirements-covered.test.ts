/**
 * A paper counts for the papers it covers: a job seeker who holds VCA VOL has VCA Basis in every
 * job that asks it (no "Heb je nog niet"), and an employer who lists only candidates with VCA
 * Basis finds them. What they said they hold stays as they said it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { occupations } from '@pfw/core/skills';
import { serverForTests, testPeople, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`papers that cover others on ${label}`, () => {
    const get = serverForTests(`Covered ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);

    it('counts VCA VOL as VCA Basis for the job seeker and in the employer’s filter', async () => {
      const seeker = client(await mint('candidate'));
      const { signed } = await playAssessment(seeker, plainPlayer(1));
      await seeker.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 36 }, consentTextVersion: '2026-11' },
      });
      await seeker.request(routes.putMyHardRequirements, { body: { items: [{ id: 'vca-vol' }] } });
      const employer = client(await mint('employer', undefined, 'Bouwbedrijf Van Dijk'));
      const template = occupations.find((o) => o.id === 'stratenmaker')!;
      const job = await employer.request(routes.createJobProfile, {
        body: {
          title: 'Stratenmaker',
          requirements: template.requirements,
          hardRequirements: [{ id: 'vca-basis', required: true }],
          region: 'Eindhoven',
          hours: { min: 32, max: 40 },
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });

      const mine = (await seeker.request(routes.listMyMatches, { query: { limit: 500 } })).items.find(
        (m) => m.jobProfileId === job.id,
      )!;
      assert.deepEqual(mine.hardRequirements, [{ id: 'vca-basis', required: true, held: 'self' }]);
      // What they said stays as they said it: VCA VOL only.
      assert.deepEqual(
        (await seeker.request(routes.getMyHardRequirements)).items.map((h) => h.id),
        ['vca-vol'],
      );
      const holding = await employer.request(routes.listCandidates, {
        params: { id: job.id },
        query: { limit: 500, holds: 'vca-basis' },
      });
      assert.ok(
        holding.items.some((m) => m.candidate === signed.skillprint.owner),
        'a VCA VOL holder is among those with VCA Basis',
      );
    });
  });
}
