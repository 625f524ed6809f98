/** The contract suite against the server on real storage: PGlite, and PostgreSQL when the test run has one. */
import { before, describe } from 'node:test';
import { createPartner, type CreatedPartner } from '@pfw/server/embedded';
import { serverForTests, testStorages } from '@pfw/server/testing';
import { contractSuite } from './contract-suite.js';

const ORIGIN = 'https://portal.example.nl';

for (const [label, databaseUrl] of testStorages()) {
  describe(`server on ${label}`, () => {
    const get = serverForTests(label, { databaseUrl, origin: ORIGIN });
    let otherPartner: CreatedPartner;
    before(async () => {
      otherPartner = await createPartner(get().server.services.db, { name: `Other ${label}`, origins: [ORIGIN] });
    });
    contractSuite(`server on ${label}`, () => {
      const { server, partner } = get();
      return {
        baseUrl: server.url,
        origin: ORIGIN,
        keys: partner,
        otherKeys: otherPartner,
        // A token that expired a minute ago, signed with the server's own key.
        expiredToken: async (role) =>
          (
            await server.services.signer.signToken(
              { sub: 'per_nobody', role, pid: partner.partnerId, psn: 'kandidaat-expired' },
              -60,
            )
          ).token,
      };
    });
  });
}
