/**
 * The demo partner's keys (`npm start`), kept with the storage they belong to: inside the embedded
 * data folder, so two data folders side by side each have their own (and deleting the folder starts
 * afresh); on a PostgreSQL server, in a file named after the database. A file is used only when this
 * storage knows its secret key, so keys of other storage never reach the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createPartner, findKey, type Database } from '@pfw/server';

/** The demo pages' publishable key: fixed, so the pages need no configuration. */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_pages_localhost';

export interface DemoPartner {
  partnerId: string;
  secretKey: string;
  /** Set once the sample data is made. */
  seeded?: unknown;
}

export interface DemoStorage {
  /** The embedded data folder (PFW_DATA_DIR). */
  dataDir: string;
  /** Set when the API runs on a PostgreSQL server instead. */
  databaseUrl?: string;
}

/** Storage that has the demo partner but not its key file: the pages could not sign anyone in. */
export class DemoPartnerError extends Error {
  override name = 'DemoPartnerError';
}

/** Where the demo partner of this storage is kept. */
export function demoPartnerFile({ dataDir, databaseUrl }: DemoStorage): string {
  if (!databaseUrl) return join(dataDir, 'demo-partner.json');
  const database = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12);
  return join(dirname(dataDir), `demo-partner.postgres-${database}.json`);
}

/** Before, the file lay beside the data folder: one for every folder in that parent. */
const sharedFile = ({ dataDir }: DemoStorage) => join(dirname(dataDir), 'demo-partner.json');

function read(file: string): DemoPartner | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const partner = JSON.parse(readFileSync(file, 'utf8')) as Partial<DemoPartner>;
    return typeof partner.partnerId === 'string' && typeof partner.secretKey === 'string'
      ? (partner as DemoPartner)
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDemoPartner(file: string, partner: DemoPartner): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(partner));
}

/**
 * The demo partner of the storage `db`: read from its file when this storage knows that secret
 * key, else made (with `origins` for the publishable key) and saved. A file from before, beside the
 * data folder, is taken over when it is this storage's.
 */
export async function demoPartner(
  db: Database,
  storage: DemoStorage,
  origins: readonly string[],
): Promise<{ file: string; partner: DemoPartner }> {
  const file = demoPartnerFile(storage);
  for (const candidate of [file, sharedFile(storage)]) {
    const partner = read(candidate);
    if (partner && (await findKey(db, partner.secretKey))?.partnerId === partner.partnerId) {
      if (candidate !== file) saveDemoPartner(file, partner);
      return { file, partner };
    }
  }
  if (await findKey(db, DEMO_PUBLISHABLE_KEY)) {
    throw new DemoPartnerError(
      `This storage has a demo partner but not its key file ${file}. Start with a new PFW_DATA_DIR (or an empty database).`,
    );
  }
  const created = await createPartner(db, {
    name: 'Demo partner',
    origins,
    keys: { publishable: DEMO_PUBLISHABLE_KEY, secret: `sk_${crypto.randomUUID().replaceAll('-', '')}` },
  });
  const partner = { partnerId: created.partnerId, secretKey: created.secretKey };
  saveDemoPartner(file, partner);
  return { file, partner };
}
