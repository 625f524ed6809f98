/**
 * For tests of the server and of what is built on it: the storages a test run offers (embedded
 * PGlite always; PostgreSQL when `npm test` started one, PFW_TEST_DATABASE_URL) and a server on
 * one of them with a partner made for the test. Registers node:test hooks, so call it inside a
 * describe block.
 */
import { after, before } from 'node:test';
import { createClient, routes, type Client, type Role } from '@pfw/contract';
import { createPartner, type CreatedPartner } from './auth/partners.js';
import { startServer, type RunningServer, type StartOptions } from './start.js';

export function testStorages(): [label: string, databaseUrl: string | undefined][] {
  const url = process.env.PFW_TEST_DATABASE_URL;
  return url
    ? [
        ['PGlite', undefined],
        ['PostgreSQL', url],
      ]
    : [['PGlite', undefined]];
}

/** A running server and its test partner, available once the suite's `before` hook ran. */
export function serverForTests(
  label: string,
  options: Omit<StartOptions, 'port'> & { origin: string },
): () => { server: RunningServer; partner: CreatedPartner } {
  let server: RunningServer;
  let partner: CreatedPartner;
  before(async () => {
    const { origin, ...start } = options;
    // Test receivers of webhooks listen on 127.0.0.1: a real server never delivers there.
    server = await startServer({ port: 0, allowPrivateWebhooks: true, ...start });
    partner = await createPartner(server.services.db, { name: `Test ${label}`, origins: [origin] });
  });
  after(() => server.close());
  return () => ({ server, partner });
}

/** A client of the test server (with a token, or without), and tokens minted by its partner's secret key. */
export function testPeople(get: () => { server: RunningServer; partner: CreatedPartner }) {
  const client = (token?: string): Client =>
    createClient({ baseUrl: get().server.url, credentials: () => ({ token }) });
  const mint = async (
    role: Role,
    subject = `${role}-${Math.random().toString(36).slice(2, 10)}`,
    displayName?: string,
  ) =>
    (await client(get().partner.secretKey).request(routes.createToken, { body: { role, subject, displayName } })).token;
  return { client, mint };
}
