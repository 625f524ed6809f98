/**
 * Revocation lists after the W3C Bitstring Status List: one bit per credential, set when it is
 * revoked, published gzip-compressed as a credential of its own. Each partner has its own lists
 * (the list's issuer is the credential's issuer). A credential gets a random free bit in a list of
 * 131 072 (the spec's minimum of 16 kB), so a list says nothing about who got which credential
 * when, and a verifier fetching it reveals nothing about which credential it checks.
 */
import { base64url } from 'jose';
import type { Queryable } from '../storage/database.js';
import { VC_CONTEXT, type CredentialJson } from './open-badge.js';

export const STATUS_LIST_BITS = 131_072;
/** A list is filled to half before the next one starts, so a random free bit is found at once. */
const FILL = STATUS_LIST_BITS / 2;

export const statusListId = (partnerId: string, n: number) => `${partnerId}.${n}`;
/** The partner of a list id, or undefined when it is not one of ours in form. */
export function partnerOfList(listId: string): string | undefined {
  const m = /^(.+)\.([1-9][0-9]{0,5})$/.exec(listId);
  return m?.[1];
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The list's `encodedList`: multibase base64url ("u") of the gzip of the bits, index 0 the first byte's highest bit. */
export async function encodeStatusList(revoked: Iterable<number>): Promise<string> {
  const bits = new Uint8Array(STATUS_LIST_BITS / 8);
  for (const i of revoked) bits[i >> 3]! |= 0x80 >> (i & 7);
  return `u${base64url.encode(await gzip(bits))}`;
}

export async function decodeStatusList(encoded: string): Promise<Uint8Array> {
  if (!encoded.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return gunzip(base64url.decode(encoded.slice(1)) as Uint8Array<ArrayBuffer>);
}

export const isSet = (bits: Uint8Array, index: number) => ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

/** A random free bit in the partner's current list, held for this credential. */
export async function allocateStatus(
  db: Queryable,
  partnerId: string,
  credentialId: string,
): Promise<{ listId: string; index: number }> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM credential_status WHERE list_id LIKE $1 || '.%'",
    [partnerId],
  );
  const listId = statusListId(partnerId, 1 + Math.floor((row?.n ?? 0) / FILL));
  const random = new Uint32Array(1);
  for (let attempt = 0; attempt < 64; attempt++) {
    crypto.getRandomValues(random);
    const index = random[0]! % STATUS_LIST_BITS;
    const taken = await db.query(
      'INSERT INTO credential_status (list_id, idx, credential_id) VALUES ($1, $2, $3) ON CONFLICT (list_id, idx) DO NOTHING RETURNING idx',
      [listId, index, credentialId],
    );
    if (taken.length) return { listId, index };
  }
  throw new Error(`no free bit found in status list ${listId}`);
}

/** The status list credential (unsigned): what GET /v1/credentials/status/:id signs and sends. */
export async function statusListCredential(
  db: Queryable,
  listId: string,
  listUrl: string,
  issuerId: string,
  now = new Date(),
): Promise<CredentialJson> {
  const rows = await db.query<{ idx: number }>(
    'SELECT idx FROM credential_status WHERE list_id = $1 AND revoked_at IS NOT NULL',
    [listId],
  );
  return {
    '@context': [VC_CONTEXT],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuerId },
    validFrom: now.toISOString(),
    // Verifiers may cache it this long (milliseconds): a revocation shows within five minutes.
    ttl: 300_000,
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: await encodeStatusList(rows.map((r) => r.idx)),
    },
  };
}
