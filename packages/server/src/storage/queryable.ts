/** What storage offers the rest of the server: SQL with parameters, transactions, close. Both engines implement it. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Only in a transaction: call fn once it has committed (not at all when it rolls back). */
  afterCommit?(fn: () => void): void;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Run fn in one transaction: all of it is saved, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Call onNotify on each NOTIFY on this channel (after the sender's commit); resolves to a stop function. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
