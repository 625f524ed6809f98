import type { Database } from './database.js';

/** A PostgreSQL server. Arrives with the API issue (pooled connections through `pg`). */
export async function openPostgres(_url: string): Promise<Database> {
  throw new Error('DATABASE_URL is set, but PostgreSQL server support is not built yet. Unset it to use embedded storage.');
}
