import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './queryable.js';

/**
 * Embedded PostgreSQL (WASM): a data folder in Node (`dataDir`), memory when omitted — also in
 * the browser, where the offline mock runs the same app. One connection: PGlite serialises.
 * A new database can start from `template`, a dump of an empty one (database-template.ts).
 */
export async function openPglite(dataDir?: string, template?: Blob): Promise<Database> {
  return asDatabase(
    await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(template ? { loadDataDir: template } : {}) }),
  );
}

/** PGlite behind the Database interface. */
export function asDatabase(pg: PGlite): Database {
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await q.query<T>(sql, params);
      return result.rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    async exec(sql) {
      await pg.exec(sql);
    },
    async transaction(fn) {
      const committed: (() => void)[] = [];
      const result = await pg.transaction((tx) =>
        fn({ ...wrap(tx), afterCommit: (done) => void committed.push(done) }),
      );
      for (const done of committed) done();
      return result;
    },
    listen: (channel, onNotify) => pg.listen(channel, () => onNotify()),
    close: () => pg.close(),
  };
}
