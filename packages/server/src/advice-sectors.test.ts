/**
 * Advice names offers that fit the work: a partner's offer for one sector (a forklift course) is
 * advised on the way to work in that sector and never to work in another; an offer for any work
 * is advised for both. Through the routes, so a catalogue's `sectors` and a job's sector (its
 * occupation's) reach the learning path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { occupations } from '@pfw/core/skills';
import { serverForTests, testPeople, testStorages } from './testing.js';

for (const [label, databaseUrl] of testStorages()) {
  describe(`advice by sector on ${label}`, () => {
    const get = serverForTests(`Advice ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const { client, mint } = testPeople(get);

    it("advises a sector's own offer only on the way to work in that sector", async () => {
      const seeker = client(await mint('candidate'));
      await playAssessment(seeker, plainPlayer(1));
      const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
      // The occupation of each sector with the most gaps (an average player has some in every sector).
      const mostGaps = (sector: string) =>
        careers.items.filter((c) => c.sector === sector).sort((a, b) => b.gaps.length - a.gaps.length)[0]!;
      const care = mostGaps('care');
      const logistics = mostGaps('logistics');
      assert.ok(care.gaps.length && logistics.gaps.length, 'gaps on the way to care and to logistics work');
      const skills = (await seeker.request(routes.listSkills)).items.map((s) => s.id);

      const offer = (id: string, sectors?: ['logistics']) => ({
        id,
        title: { nl: `Cursus ${id}` },
        description: { nl: 'Een korte cursus om te oefenen.' },
        provider: { name: 'Werkplein Eindhoven' },
        // Every skill to level 5: they open the most work, so each step advises them first.
        develops: skills.map((skillId) => ({ skillId, toLevel: 5 as const })),
        durationHours: 0.5,
        costEur: 0,
        format: 'classroom' as const,
        ...(sectors ? { sectors } : {}),
      });
      await client(get().partner.secretKey).request(routes.putCatalogue, {
        body: { items: [offer('heftruck-praktijk', ['logistics']), offer('voor-iedereen')] },
      });

      const advised = async (occupationId: string) => {
        const path = await seeker.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: occupationId } });
        return path.steps.map((s) => s.offers.map((o) => o.id).join(' + '));
      };
      const forLogistics = await advised(logistics.occupationId!);
      assert.ok(forLogistics.length > 0);
      for (const step of forLogistics) assert.equal(step, 'heftruck-praktijk + voor-iedereen', 'logistics');
      const forCare = await advised(care.occupationId!);
      assert.ok(forCare.length > 0);
      for (const step of forCare) assert.match(step, /^voor-iedereen \+ (?!heftruck)/, 'care');
      assert.ok(occupations.some((o) => o.id === care.occupationId && o.sector === 'care'));
    });

    it('says which field is wrong when an offer names a sector that does not exist', async () => {
      const partner = client(get().partner.secretKey);
      const before = await partner.request(routes.getCatalogue);
      await assert.rejects(
        partner.request(routes.putCatalogue, {
          body: {
            items: [
              {
                id: 'x',
                title: { nl: 'Cursus' },
                description: { nl: 'Een cursus.' },
                provider: { name: 'Werkplein' },
                develops: [{ skillId: 'planning', toLevel: 3 }],
                durationHours: 1,
                costEur: 0,
                format: 'online',
                sectors: ['space-travel' as 'care'],
              },
            ],
          },
        }),
        (e: Error & { status?: number; body?: { issues?: { path?: string }[] } }) =>
          e.status === 400 && /sectors/.test(JSON.stringify(e)),
      );
      assert.deepEqual(await partner.request(routes.getCatalogue), before, 'the catalogue before stays');
    });
  });
}
