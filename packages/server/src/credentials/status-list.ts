/**
 * Revocation lists after the W3C Bitstring Status List: one bit per credential, set when it is
 * revoked, published gzip-compressed as a credential of its own. Each partner has its own lists
 * (the list's issuer is the credential's issuer). A credential gets a random free bit in a list of
 * 131 072 (the spec's minimum of 16 kB), so a list says nothing about who got which credential
 * when, and a verifier fetching it reveals nothing about which credential it checks.
 * The bits live in the credential_status table; the issue route claims one.
 */
import { base64url } from 'jose';
import type { Queryable } from '../storage/database.js';
import { VC_CONTEXT, type CredentialJson } from './open-badge.js';

export const STATUS_LIST_BITS = 131_072;

/** A list's public id: `<partner id>.<number>`. */
export const statusListId = (partnerId: string, listNo: number) => `${partnerId}.${listNo}`;
/** The partner and number of a list id, or undefined when it is not one of ours in form. */
export function parseStatusListId(listId: string): { partnerId: string; listNo: number } | undefined {
  const m = /^(.+)\.([1-9][0-9]{0,5})$/.exec(listId);
  return m ? { partnerId: m[1]!, listNo: Number(m[2]) } : undefined;
}

/**
 * A random bit for a new credential. Random picks in a list find a free bit at once until it
 * fills up; after NEXT_LIST_AFTER taken bits in a row (at half full that happens once in 256
 * credentials) the next list starts. No count, no lock: two instances can pick at once.
 */
export function randomBit(): number {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return random[0]! % STATUS_LIST_BITS;
}
export const NEXT_LIST_AFTER = 8;

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

/** The status list credential (unsigned): what GET /v1/credentials/status/:id signs and sends. */
export async function statusListCredential(
  db: Queryable,
  list: { partnerId: string; listNo: number },
  listUrl: string,
  issuerId: string,
  now = new Date(),
): Promise<CredentialJson> {
  const rows = await db.query<{ idx: number }>(
    'SELECT idx FROM credential_status WHERE partner_id = $1 AND list_no = $2 AND revoked_at IS NOT NULL',
    [list.partnerId, list.listNo],
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
