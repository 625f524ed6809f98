/**
 * Webhooks against a real receiver (a local HTTP server) on each storage: every connection
 * request and answer arrives signed, a failing receiver gets it again later, a receiver that
 * keeps failing gives up after the last retry, and no event ever carries who the person is.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApiError, createClient, routes, type Client, type Role } from '@pfw/contract';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { serverForTests, testStorages } from './testing.js';
import { RETRY_SECONDS, signWebhook } from './webhooks.js';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A partner's server: keeps what it receives; answers `status()` (200 unless a test says otherwise). */
function receiver() {
  const received: Received[] = [];
  let status = 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(status).end();
    });
  });
  return {
    received,
    setStatus: (s: number) => (status = s),
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(check(), what);
};

for (const [label, databaseUrl] of testStorages()) {
  describe(`webhooks on ${label}`, () => {
    const get = serverForTests(`Webhooks ${label}`, { databaseUrl, origin: 'https://portal.example.nl' });
    const hooks = receiver();
    let url = '';
    before(async () => (url = await hooks.listen()));
    after(() => hooks.close());

    const client = (token?: string): Client =>
      createClient({ baseUrl: get().server.url, credentials: () => ({ token }) });
    const mint = async (role: Role, displayName?: string) =>
      (
        await client(get().partner.secretKey).request(routes.createToken, {
          body: { role, subject: `${role}-${Math.random().toString(36).slice(2, 10)}`, displayName },
        })
      ).token;
    const events = () =>
      hooks.received.map((r) => JSON.parse(r.body) as { type: string; id: string; data: Record<string, string> });

    it('refuses an address that is not https (http only for localhost), naming the field', async () => {
      const admin = client(await mint('partner-admin'));
      for (const bad of ['ftp://example.nl/hook', 'http://example.nl/hook', 'not a url'])
        await assert.rejects(admin.request(routes.putWebhook, { body: { url: bad } }), (error: unknown) => {
          assert.ok(error instanceof ApiError && error.status === 400, String(error));
          assert.ok(
            error.problem.errors?.some((e) => e.path === 'body.url'),
            JSON.stringify(error.problem),
          );
          return true;
        });
      assert.equal((await admin.request(routes.getWebhook)).url, null, 'nothing saved');
      await assert.rejects(client(await mint('employer')).request(routes.getWebhook), ApiError);
    });

    it('sends every request and answer, signed, without a name or contact detail; retries a failing receiver', async () => {
      const admin = client(await mint('partner-admin'));
      const set = await admin.request(routes.putWebhook, { body: { url } });
      assert.equal(set.url, url);
      assert.match(set.secret!, /^whsec_[A-Za-z0-9+/]{43}=$/);
      assert.equal((await admin.request(routes.getWebhook)).secret, undefined, 'the secret is shown once');

      const candidate = client(await mint('candidate'));
      await playAssessment(candidate, plainPlayer(2));
      await candidate.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Tilburg', hours: { min: 16, max: 24 }, consentTextVersion: '2026-11' },
      });
      const pseudonym = (await candidate.request(routes.getTalentPool)).candidate;
      const employer = client(await mint('employer', 'Bouw BV'));
      const job = await employer.request(routes.createJobProfile, {
        body: {
          title: 'Stratenmaker',
          requirements: [{ skillId: 'caring', level: 2, importance: 3, essential: false }],
          region: 'Tilburg',
          hours: { min: 16, max: 32 },
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });

      // The receiver is down for the first attempt.
      hooks.setStatus(500);
      const request = await employer.request(routes.requestConnection, {
        body: { jobProfileId: job.id, candidate: pseudonym },
      });
      await waitFor(() => hooks.received.length === 1, 'the request was not sent');
      let state = await admin.request(routes.getWebhook);
      for (let i = 0; i < 100 && state.deliveries[0]?.attempts !== 1; i++) {
        await new Promise((r) => setTimeout(r, 25));
        state = await admin.request(routes.getWebhook);
      }
      assert.deepEqual(
        state.deliveries.map((d) => [d.type, d.status, d.attempts, d.lastError]),
        [['connection.requested', 'pending', 1, 'HTTP 500']],
      );
      // Later (the pause has passed), the receiver is up: the same event again, delivered.
      hooks.setStatus(204);
      await get().server.services.db.query(
        'UPDATE webhook_deliveries SET next_attempt_at = now() WHERE delivered_at IS NULL',
      );
      assert.equal(await get().server.services.webhooks.deliverDue(), 1);
      const [first, again] = events();
      assert.equal(again!.id, first!.id, 'a retry keeps the event id, so the receiver can drop a double');
      assert.deepEqual(first!.data, {
        connectionId: request.id,
        jobProfileId: job.id,
        candidate: pseudonym,
        status: 'requested',
      });

      // Every delivery carries a signature the secret checks.
      for (const r of hooks.received) {
        const expected = await signWebhook(
          set.secret!,
          r.headers['webhook-id']!,
          Number(r.headers['webhook-timestamp']),
          r.body,
        );
        assert.equal(r.headers['webhook-signature'], expected);
        assert.equal(r.headers['content-type'], 'application/json');
      }

      const identity = { name: 'Fatima el Amrani', email: 'fatima@example.nl' };
      await candidate.request(routes.answerConnection, {
        params: { id: request.id },
        body: { accept: true, identity },
      });
      await waitFor(() => events().some((e) => e.type === 'connection.accepted'), 'the acceptance was not sent');
      await candidate.request(routes.withdrawConnection, { params: { id: request.id } });
      await waitFor(() => events().some((e) => e.type === 'connection.withdrawn'), 'the withdrawal was not sent');
      for (const r of hooks.received) {
        assert.doesNotMatch(r.body, /Fatima|fatima@example\.nl|"name"|"email"/, 'no identity in a webhook');
      }
      // The sender marks a delivery after the receiver's answer: wait for the run under way.
      await get().server.services.webhooks.deliverDue();
      state = await admin.request(routes.getWebhook);
      assert.deepEqual(
        state.deliveries.map((d) => [d.type, d.status]),
        [
          ['connection.withdrawn', 'delivered'],
          ['connection.accepted', 'delivered'],
          ['connection.requested', 'delivered'],
        ],
      );
    });

    it('gives up after the last retry, and says why', async () => {
      const { db, webhooks } = get().server.services;
      const admin = client(await mint('partner-admin'));
      await admin.request(routes.putWebhook, { body: { url } });
      hooks.setStatus(503);
      const candidate = client(await mint('candidate'));
      await playAssessment(candidate, plainPlayer(3));
      await candidate.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Tilburg', hours: { min: 16, max: 24 }, consentTextVersion: '2026-11' },
      });
      const pseudonym = (await candidate.request(routes.getTalentPool)).candidate;
      const employer = client(await mint('employer', 'Zorg BV'));
      const job = await employer.request(routes.createJobProfile, {
        body: {
          title: 'Helpende',
          requirements: [{ skillId: 'caring', level: 2, importance: 3, essential: false }],
          region: 'Tilburg',
          hours: { min: 16, max: 32 },
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });
      const sent = hooks.received.length;
      await employer.request(routes.requestConnection, { body: { jobProfileId: job.id, candidate: pseudonym } });
      for (let attempt = 0; attempt <= RETRY_SECONDS.length; attempt++) {
        await db.query(
          'UPDATE webhook_deliveries SET next_attempt_at = now() WHERE delivered_at IS NULL AND failed_at IS NULL',
        );
        await webhooks.deliverDue();
      }
      assert.equal(hooks.received.length - sent, RETRY_SECONDS.length + 1, 'one try and every retry');
      const [last] = (await admin.request(routes.getWebhook)).deliveries;
      assert.deepEqual(
        [last!.status, last!.attempts, last!.lastError],
        ['failed', RETRY_SECONDS.length + 1, 'HTTP 503'],
      );
      hooks.setStatus(200);
    });
  });
}
