/**
 * Webhooks: a partner's server hears of every connection request and answer, so it can notify
 * people by e-mail or in its app. Events are written to an outbox (webhook_deliveries) in the
 * same transaction as the change itself, so none is lost; the sender POSTs them, signed after
 * the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature: "v1," +
 * base64 HMAC-SHA256 of "id.timestamp.body" with the secret), and retries with growing pauses
 * until a 2xx or the last try. An event names the connection, the job and the candidate's
 * pseudonym, never a name or contact detail: the partner reads those through the API, where
 * consent decides.
 */
import { isLoopbackHost, isPublicIp, type WebhookEventType } from '@pfw/contract';
import type { Queryable } from './storage/database.js';
import { newId } from './ids.js';

/** The addresses a name resolves to (node:dns where the runtime has it; the offline mock never sends). */
export type Resolve = (hostname: string) => Promise<string[]>;

const nodeDns = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:dns') as typeof import('node:dns') | undefined;

const resolveWithDns: Resolve = async (hostname) =>
  (await nodeDns!.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export interface WebhookAddressOptions {
  /**
   * Deliver to loopback and private addresses too: tests and a developer's machine only. A real
   * server never does, or a partner admin could make it probe its own network (GET /v1/webhook's
   * lastError would tell them what answered).
   */
  allowPrivateAddresses?: boolean;
  resolve?: Resolve;
}

/**
 * Why an address this server is asked to call (a webhook, an issuer's keys) may not be used, or
 * undefined when it may: it must reach the public internet only, by its name's every address (a
 * webhook's is checked when saved, and again before each delivery, since what a name resolves to
 * can change).
 */
export async function publicAddressProblem(
  url: string,
  options: WebhookAddressOptions = {},
): Promise<string | undefined> {
  if (options.allowPrivateAddresses) return undefined;
  const refused = 'must be a public address, not one in a private network or on this server';
  let hostname: string;
  try {
    hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'must be a web address';
  }
  if (isLoopbackHost(hostname)) return refused;
  const literal = isPublicIp(hostname);
  if (literal !== undefined) return literal ? undefined : refused;
  // The offline mock (a browser) has no DNS, and never sends.
  if (!options.resolve && !nodeDns) return undefined;
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? resolveWithDns)(hostname);
  } catch {
    return `must be an address that exists (the name ${hostname} was not found)`;
  }
  if (!addresses.length || addresses.some((a) => isPublicIp(a) !== true)) return refused;
  return undefined;
}

/** Pauses before each retry: about a day in all, then the delivery counts as failed. */
export const RETRY_SECONDS = [10, 60, 300, 1800, 7200, 21600, 43200] as const;
const TIMEOUT_MS = 10_000;

/** What a connection or application event says: which one, which job, the pseudonym, the new status. */
export interface WebhookData {
  connectionId?: string;
  applicationId?: string;
  jobProfileId: string;
  /** The candidate's pseudonym. */
  candidate: string;
  status: string;
}

/**
 * What a reminder says (reminders.ts): whom to remind, as the partner knows them (its own
 * `subject`), and about what, in ids and dates; the partner writes the message.
 */
export type ReminderData =
  | { subject: string; goal: string; skillId: string; offerId?: string; startedAt: string }
  | { coach: string; participant: string; action: string; due: string };

/** Queue an event for the partner's webhook (nothing when the partner has none). Call it inside the change's transaction. */
export async function enqueueWebhook(
  db: Queryable,
  partnerId: string,
  type: WebhookEventType,
  data: WebhookData | ReminderData,
): Promise<void> {
  const id = newId('evt');
  await db.query(
    `INSERT INTO webhook_deliveries (id, partner_id, type, payload)
     SELECT $1, id, $3, $4 FROM partners WHERE id = $2 AND webhook_url IS NOT NULL`,
    [id, partnerId, type, JSON.stringify({ type, data })],
  );
}

/** A new signing secret: 32 random bytes, as Standard Webhooks writes them (whsec_ + base64). */
export function newWebhookSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** The webhook-signature header for a message: "v1," + base64 HMAC-SHA256 of "id.timestamp.body". */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64(secret.replace(/^whsec_/, '')),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

interface Due {
  id: string;
  type: string;
  payload: { type: string; data: WebhookData };
  attempts: number;
  created_at: Date | string;
  webhook_url: string;
  webhook_secret: string;
}

/** Sends what is due, now and then (start/stop), or on demand (deliverDue, for tests and after a change). */
export class WebhookSender {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<number>;

  constructor(
    private readonly db: Queryable,
    private readonly send: typeof fetch = (...args) => fetch(...args),
    /** Where deliveries may go (the app checks a new address with the same options). */
    readonly addressOptions: WebhookAddressOptions = {},
  ) {}

  start(everyMs = 2000): void {
    this.timer ??= setInterval(() => void this.deliverDue().catch(() => undefined), everyMs);
    // A Node timer must not keep the process alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }

  stop(): Promise<number> | undefined {
    clearInterval(this.timer);
    this.timer = undefined;
    return this.running;
  }

  /** Try every delivery that is due, one at a time; returns how many were delivered. */
  deliverDue(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<number> {
    const due = await this.db.query<Due>(
      `SELECT d.id, d.type, d.payload, d.attempts, d.created_at, p.webhook_url, p.webhook_secret
         FROM webhook_deliveries d JOIN partners p ON p.id = d.partner_id
        WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= now() AND p.webhook_url IS NOT NULL
        ORDER BY d.created_at LIMIT 50`,
    );
    let delivered = 0;
    for (const d of due) {
      const error = await this.post(d);
      if (!error) {
        delivered++;
        await this.db.query(
          'UPDATE webhook_deliveries SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1',
          [d.id],
        );
        continue;
      }
      const pause = RETRY_SECONDS[d.attempts];
      await this.db.query(
        pause === undefined
          ? 'UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $2, failed_at = now() WHERE id = $1'
          : `UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
        pause === undefined ? [d.id, error] : [d.id, error, pause],
      );
    }
    return delivered;
  }

  /** One attempt: undefined when the partner answered 2xx, else why not. */
  private async post(d: Due): Promise<string | undefined> {
    const timestamp = Math.floor(Date.now() / 1000);
    const created = d.created_at instanceof Date ? d.created_at : new Date(d.created_at);
    const body = JSON.stringify({ ...d.payload, id: d.id, timestamp: created.toISOString() });
    // Again before each delivery: the name may point elsewhere since it was saved.
    const refused = await publicAddressProblem(d.webhook_url, this.addressOptions);
    if (refused) return `not sent: the address ${refused}`;
    try {
      const response = await this.send(d.webhook_url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': d.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': await signWebhook(d.webhook_secret, d.id, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      await response.body?.cancel().catch(() => undefined);
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message.slice(0, 200) : 'network error';
    }
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
