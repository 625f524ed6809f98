/** Partners and their keys. Keys are shown once, at creation; only their SHA-256 is stored. */
import type { Queryable } from '../storage/database.js';
import { newId, randomString, sha256 } from '../ids.js';

export interface CreatedPartner {
  partnerId: string;
  publishableKey: string;
  secretKey: string;
}

export interface PartnerInput {
  name: string;
  /** Origins allowed to use the publishable key, e.g. https://www.example.nl */
  origins: readonly string[];
  /** Fixed keys, for the demo and the offline mock only; normally random. */
  keys?: { publishable: string; secret: string };
}

export async function createPartner(db: Queryable, { name, origins, keys }: PartnerInput): Promise<CreatedPartner> {
  const partnerId = newId('par');
  const publishableKey = keys?.publishable ?? `pk_${randomString(24)}`;
  const secretKey = keys?.secret ?? `sk_${randomString(40)}`;
  if (!publishableKey.startsWith('pk_') || !secretKey.startsWith('sk_'))
    throw new Error('keys must start with pk_ and sk_');
  await db.query('INSERT INTO partners (id, name) VALUES ($1, $2)', [partnerId, name]);
  for (const [kind, key] of [
    ['publishable', publishableKey],
    ['secret', secretKey],
  ] as const) {
    await db.query(
      'INSERT INTO partner_keys (id, partner_id, kind, prefix, key_hash, allowed_origins) VALUES ($1, $2, $3, $4, $5, $6)',
      [newId('key'), partnerId, kind, key.slice(0, 10), await sha256(key), kind === 'publishable' ? [...origins] : []],
    );
  }
  return { partnerId, publishableKey, secretKey };
}

export interface FoundKey {
  partnerId: string;
  kind: 'publishable' | 'secret';
  allowedOrigins: string[];
}

export async function findKey(db: Queryable, key: string): Promise<FoundKey | undefined> {
  const [row] = await db.query<{ partner_id: string; kind: FoundKey['kind']; allowed_origins: string[] }>(
    'SELECT partner_id, kind, allowed_origins FROM partner_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [await sha256(key)],
  );
  return row && { partnerId: row.partner_id, kind: row.kind, allowedOrigins: row.allowed_origins };
}
