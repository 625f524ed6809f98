/** The contract suite against the server on real storage: PGlite, and PostgreSQL when the test run has one. */
import { after, before, describe } from 'node:test';
import { createPartner, startServer, type RunningServer } from '@pfw/server';
import { contractSuite, type ContractTarget } from './contract-suite.js';

const ORIGIN = 'https://portal.example.nl';

const storages: [string, string | undefined][] = [['PGlite', undefined]];
if (process.env.PFW_TEST_DATABASE_URL) storages.push(['PostgreSQL', process.env.PFW_TEST_DATABASE_URL]);

for (const [label, databaseUrl] of storages) {
  describe(`server on ${label}`, () => {
    let server: RunningServer;
    let target: ContractTarget;
    before(async () => {
      server = await startServer({ port: 0, databaseUrl });
      const partner = await createPartner(server.services.db, { name: `Test ${label}`, origins: [ORIGIN] });
      target = {
        baseUrl: server.url,
        origin: ORIGIN,
        keys: partner,
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
    after(() => server.close());
    contractSuite(`server on ${label}`, () => target);
  });
}
