/**
 * Advice names offers that fit the work: a partner's offer for one sector (a forklift course) is
 * advised on the way to work in that sector and never to work in another; an offer for any work
 * is advised for both; an offer for the work of some certificates only where the work asks one.
 * Through the routes, so a catalogue's `sectors` and `forHardRequirements` and a job's sector (its
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
      // The steps a plan will have: the gaps to each occupation (planned only once the offers are there).
      const plan = async (occupationId: string) =>
        (await seeker.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: occupationId } })).steps;
      const careSteps = care.gaps;
      const logisticsSteps = logistics.gaps;
      // Two offers for every step of both plans, each at the level its step asks (advice names a
      // course at the level asked first) and every other skill to the top (so that among courses at
      // a step's level these open the most jobs): one for logistics work only, one for any work.
      const skills = (await seeker.request(routes.listSkills)).items.map((k) => k.id);
      const levels = (first: typeof care.gaps, then: typeof care.gaps) => {
        const at = new Map<string, number>();
        for (const s of [...first, ...then]) if (!at.has(s.skillId)) at.set(s.skillId, s.requiredLevel);
        for (const id of skills) if (!at.has(id)) at.set(id, 5);
        return [...at].map(([skillId, toLevel]) => ({ skillId, toLevel: toLevel as 1 | 2 | 3 | 4 | 5 }));
      };
      const offer = (
        id: string,
        develops: ReturnType<typeof levels>,
        sectors?: ['logistics'],
        forHardRequirements?: string[],
      ) => ({
        id,
        title: { nl: `Cursus ${id}` },
        description: { nl: 'Een korte cursus om te oefenen.' },
        provider: { name: 'Werkplein Eindhoven' },
        develops,
        durationHours: 0.5,
        costEur: 0,
        format: 'classroom' as const,
        ...(sectors ? { sectors } : {}),
        ...(forHardRequirements ? { forHardRequirements } : {}),
      });
      await client(get().partner.secretKey).request(routes.putCatalogue, {
        body: {
          items: [
            // First in the catalogue, at every level asked: advised everywhere, were it not for
            // work that asks a kitchen's hygiene certificate only.
            offer('alleen-voor-de-keuken', levels(logisticsSteps, careSteps), undefined, ['haccp']),
            offer('heftruck-praktijk', levels(logisticsSteps, careSteps), ['logistics']),
            offer('voor-iedereen', levels(careSteps, logisticsSteps)),
          ],
        },
      });
      const advised = async (occupationId: string) =>
        (await plan(occupationId)).flatMap((s) => s.offers.map((o) => o.id));
      const forLogistics = await advised(logistics.occupationId!);
      assert.ok(forLogistics.includes('heftruck-praktijk'), `logistics: ${forLogistics.join(', ')}`);
      const forCare = await advised(care.occupationId!);
      assert.ok(!forCare.includes('heftruck-praktijk'), `care: ${forCare.join(', ')}`);
      assert.ok(forCare.includes('voor-iedereen'), `care: ${forCare.join(', ')}`);
      assert.ok(
        ![...forCare, ...forLogistics].includes('alleen-voor-de-keuken'),
        'a kitchen course for care or logistics',
      );
      assert.ok(occupations.some((o) => o.id === care.occupationId && o.sector === 'care'));
    });

    it('names in a plan what its goal asks besides skills, and whether the person has it', async () => {
      const seeker = client(await mint('candidate'));
      await playAssessment(seeker, plainPlayer(2));
      // A forklift driver needs a forklift certificate, which no step of skills brings.
      const path = await seeker.request(routes.putMyLearningPath, {
        body: { kind: 'occupation', id: 'heftruckchauffeur' },
      });
      assert.deepEqual(path.hardRequirements, [{ id: 'heftruck', required: true, held: null }]);
      // The courses that lead to it: the skill language's and the partner's own (through storage).
      await client(get().partner.secretKey).request(routes.putCatalogue, {
        body: {
          items: [
            {
              id: 'heftruck-werkplein',
              title: { nl: 'Heftruck rijden bij het Werkplein' },
              description: { nl: 'Je haalt je heftruckcertificaat.' },
              provider: { name: 'Werkplein Eindhoven' },
              develops: [{ skillId: 'working-safely', toLevel: 3 }],
              durationHours: 8,
              costEur: 0,
              format: 'classroom',
              leadsTo: ['heftruck'],
            },
          ],
        },
      });
      const withCourses = await seeker.request(routes.getMyLearningPath);
      assert.deepEqual(withCourses.certificateOffers?.map((o) => o.id).sort(), [
        'heftruck-werkplein',
        'heftruckcertificaat',
      ]);
      await seeker.request(routes.putMyHardRequirements, { body: { items: [{ id: 'heftruck' }] } });
      const after = await seeker.request(routes.getMyLearningPath);
      assert.deepEqual(after.hardRequirements, [{ id: 'heftruck', required: true, held: 'self' }]);
      assert.equal(after.certificateOffers, undefined, 'no course for what they have');
    });

    it('says which field is wrong when an offer names a sector or a certificate that does not exist', async () => {
      const partner = client(get().partner.secretKey);
      const before = await partner.request(routes.getCatalogue);
      const wrong: [Record<string, string[]>, RegExp][] = [
        [{ sectors: ['space-travel'] }, /sectors/],
        [{ forHardRequirements: ['heftruck', 'ruimtevaartbrevet'] }, /forHardRequirements\[1\] "ruimtevaartbrevet"/],
        // A course leads to a paper, not to being able to lift.
        [{ leadsTo: ['zwaar-tillen'] }, /leadsTo\[0\] "zwaar-tillen"/],
      ];
      for (const [field, named] of wrong) {
        const item = {
          id: 'cursus-x',
          title: { nl: 'Cursus' },
          description: { nl: 'Een cursus.' },
          provider: { name: 'Werkplein' },
          develops: [{ skillId: 'planning', toLevel: 3 as const }],
          durationHours: 1,
          costEur: 0,
          format: 'online' as const,
          ...field,
        };
        await assert.rejects(
          partner.request(routes.putCatalogue, { body: { items: [item as never] } }),
          (e: Error & { status?: number }) => e.status === 400 && named.test(`${e.message} ${JSON.stringify(e)}`),
        );
        assert.deepEqual(await partner.request(routes.getCatalogue), before, 'the catalogue before stays');
      }
    });
  });
}
