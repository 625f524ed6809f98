import pg from 'pg';
import type { Database, Queryable } from './queryable.js';

const names = new Map<string, string>();
/** A short stable name per SQL text (a counter: the texts come from the code, so they are few). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `pfw_${names.size}`));
  return name;
}

/** A PostgreSQL server through a connection pool: what a deployment uses behind several API instances. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PFW_DB_POOL ?? 10) });
  // Timestamps and bigints as the app expects them.
  pool.on('error', (error) => console.error('postgres pool error', error.message));
  await pool.query('SELECT 1');
  const listeners = new Set<pg.Client>();
  const wrap = (client: { query: pg.Pool['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      // Named: each connection parses and plans a statement once, not on every call (planning
      // took as long as running most of ours). The SQL texts come from the code, so they are few.
      const result = await client.query({ name: statementName(sql), text: sql, values: params });
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
      const committed: (() => void)[] = [];
      try {
        await client.query('BEGIN');
        const result = await fn({ ...wrap(client), afterCommit: (done) => void committed.push(done) });
        await client.query('COMMIT');
        for (const done of committed) done();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      // A connection of its own, outside the pool: it stays open to hear notifications.
      const client = new pg.Client({ connectionString: url });
      client.on('error', (error) => console.error(`postgres listen (${channel}) error`, error.message));
      client.on('notification', (message) => message.channel === channel && onNotify());
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
    async close() {
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
