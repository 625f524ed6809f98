/**
 * A partner admin cannot make the server probe its own network through the webhook: loopback and
 * private addresses are refused when saved (400 naming body.url) and again before each delivery
 * (a name can point elsewhere later). Tests and developers allow them explicitly
 * (allowPrivateWebhooks); no test here needs DNS from outside (names resolve through a stub).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApiError, isPublicIp, routes } from '@pfw/contract';
import { serverForTests, testPeople } from './testing.js';
import { WebhookSender, publicAddressProblem } from './webhooks.js';

const ORIGIN = 'https://portal.example.nl';

describe('webhook addresses on a real server (private addresses not allowed)', () => {
  const get = serverForTests('Webhook addresses', { origin: ORIGIN, allowPrivateWebhooks: false });
  const { client, mint } = testPeople(get);

  it('refuses loopback and private addresses with a 400 naming body.url, and saves nothing', async () => {
    const admin = client(await mint('partner-admin'));
    for (const url of [
      'http://localhost:5173/internal-probe',
      'http://127.0.0.1:9/hooks',
      'https://10.0.0.1/x',
      'https://192.168.1.20/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://[::ffff:10.0.0.1]/x',
      'https://2130706433/x', // 127.0.0.1, written as a number
      'https://app.localhost/x',
    ])
      await assert.rejects(admin.request(routes.putWebhook, { body: { url } }), (error: unknown) => {
        assert.ok(error instanceof ApiError && error.status === 400, `${url}: ${String(error)}`);
        assert.deepEqual(
          error.problem.errors?.map((e) => e.path),
          ['body.url'],
          url,
        );
        assert.match(error.problem.errors![0]!.message, /public address/, url);
        return true;
      });
    assert.equal((await admin.request(routes.getWebhook)).url, null, 'nothing saved');
    // Someone else does not even learn whether an address would be taken.
    await assert.rejects(
      client(await mint('employer')).request(routes.putWebhook, { body: { url: 'http://localhost:5173/x' } }),
      (error: unknown) => error instanceof ApiError && error.status === 403,
    );
    // A public address is taken (an IP literal: no DNS needed).
    assert.equal(
      (await admin.request(routes.putWebhook, { body: { url: 'https://203.0.114.7/hooks' } })).url,
      'https://203.0.114.7/hooks',
    );
  });
});

describe('webhook address checks', () => {
  const names: Record<string, string[]> = {
    'hooks.partner.example': ['203.0.114.7'],
    'intranet.partner.example': ['10.1.2.3'],
    'both.partner.example': ['203.0.114.7', 'fd00::7'],
  };
  const resolve = async (host: string) => {
    const found = names[host];
    if (!found) throw new Error('ENOTFOUND');
    return found;
  };

  it('follows a name to every address it has', async () => {
    assert.equal(await publicAddressProblem('https://hooks.partner.example/x', { resolve }), undefined);
    assert.match((await publicAddressProblem('https://intranet.partner.example/x', { resolve }))!, /public address/);
    assert.match((await publicAddressProblem('https://both.partner.example/x', { resolve }))!, /public address/);
    assert.match((await publicAddressProblem('https://nowhere.partner.example/x', { resolve }))!, /not found/);
    assert.equal(await publicAddressProblem('http://127.0.0.1:9/x', { allowPrivateAddresses: true }), undefined);
  });

  it('knows public from private IP addresses', () => {
    for (const ip of ['8.8.8.8', '172.32.0.1', '2a00:1450:4001:80b::200e', '::ffff:808:808'])
      assert.equal(isPublicIp(ip), true, ip);
    for (const ip of [
      '0.0.0.0',
      '10.0.0.1',
      '100.64.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '192.168.0.1',
      '224.0.0.1',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
      'fc00::1',
      'fe80::1',
      'ff02::1',
    ])
      assert.equal(isPublicIp(ip), false, ip);
    assert.equal(isPublicIp('example.nl'), undefined);
  });

  describe('before each delivery', () => {
    let receiver: Server;
    let hits = 0;
    let port = 0;
    before(async () => {
      receiver = createServer((_req, res) => {
        hits++;
        res.writeHead(204).end();
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
      port = (receiver.address() as AddressInfo).port;
    });
    after(() => new Promise<void>((r) => receiver.close(() => r())));

    /** The outbox with one event due for `url`; what the sender wrote back lands in `updates`. */
    const outbox = (url: string) => {
      const updates: unknown[][] = [];
      const db = {
        query: async (sql: string, params: unknown[] = []) => {
          if (!sql.trimStart().startsWith('SELECT')) {
            updates.push(params);
            return [];
          }
          return [
            {
              id: 'evt_1',
              type: 'connection.requested',
              payload: { type: 'connection.requested', data: {} },
              attempts: 0,
              created_at: new Date(),
              webhook_url: url,
              webhook_secret: `whsec_${btoa('k'.repeat(32))}`,
            },
          ];
        },
      };
      return { db: db as never, updates };
    };

    it('sends nothing to a name that now points into a private network, and says so', async () => {
      // Saved when the name pointed to a public address; now it points to this machine.
      const moved = outbox(`http://hooks.partner.example:${port}/x`);
      const sender = new WebhookSender(moved.db, undefined, { resolve: async () => ['127.0.0.1'] });
      assert.equal(await sender.deliverDue(), 0);
      assert.equal(hits, 0, 'nothing reached the receiver');
      assert.match(String(moved.updates[0]?.[1]), /^not sent: the address must be a public address/);

      // Allowed explicitly (a test, a developer's machine): delivered.
      const local = outbox(`http://127.0.0.1:${port}/x`);
      assert.equal(await new WebhookSender(local.db, undefined, { allowPrivateAddresses: true }).deliverDue(), 1);
      assert.equal(hits, 1);
    });
  });
});
