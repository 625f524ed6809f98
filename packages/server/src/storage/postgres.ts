import pg from 'pg';
import type { Database, Queryable } from './queryable.js';

/** A PostgreSQL server through a connection pool: what a deployment uses behind several API instances. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PFW_DB_POOL ?? 10) });
  // Timestamps and bigints as the app expects them.
  pool.on('error', (error) => console.error('postgres pool error', error.message));
  await pool.query('SELECT 1');
  const wrap = (client: { query: pg.Pool['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
