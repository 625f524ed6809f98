/**
 * Ranking indexes per partner, in memory (see @pfw/core/matching: candidate-index.ts,
 * job-index.ts): the talent pool as probability rows, the published jobs compiled.
 *
 * Live (docs/architecture.md, "Live indexes"): every write that changes what ranking sees adds
 * a row to the change log (index_changes) in its own transaction. Each API instance reads the
 * log from where it last was, re-reads only the people and jobs named there and puts, replaces
 * or removes those rows; an index is built from scratch only the first time a partner is ranked.
 * Instances read the log in the background (woken by PostgreSQL's NOTIFY, and polling each
 * second) and again before a ranking when something may have changed since the last read (a
 * notification came, this process committed a change, or a second passed; without
 * notifications, before every ranking): a change is ranked on every instance within a second,
 * and by the next request on the instance that made it. Drafts never touch the log.
 */
import { withCovered } from '@pfw/core/hard-requirements';
import type { JobProfileInput, Occupation, Skillprint } from '@pfw/contract';
import { CandidateIndex, JobIndex, SkillOrder } from '@pfw/core/matching';
import { measuredSkills, occupations } from '@pfw/core/skills';
import type { Database, Queryable } from './storage/database.js';

/** What the index keeps per candidate; the skillprints of the top k are read when shown. */
export interface PoolMember {
  personId: string;
  pseudonym: string;
  /** The hard requirements the person holds (ids), for the employer's filter. */
  holds: readonly string[];
}

const NONE: readonly string[] = [];

export interface PublishedJob {
  id: string;
  input: JobProfileInput;
  employerName: string;
}

/** What a change is about: a person (their place in the talent pool) or a job. */
export type IndexKind = 'candidate' | 'job';

/** The channel NOTIFY wakes instances on. */
export const INDEX_CHANNEL = 'pfw_index_changes';
/** The advisory lock that lets one writer at a time number its changes (see logIndexChange). */
const LOG_LOCK = 0x70667769; // "pfwi"
/** More changes than this for one index in one read: building it again is quicker. */
const REBUILD_AFTER = 2000;

const order = new SkillOrder(measuredSkills.map((s) => s.id));

/**
 * Record that these people or jobs changed, for every instance's indexes. Call it inside the
 * transaction that makes the change (it counts only once that commits), as its last statement.
 * Writers take turns for the moment between numbering and committing, so numbers become visible
 * in order: a reader that has seen change 11 never misses a slower 10. A null subject (see
 * forgetInIndexLog) has instances check who is still in the partner's pool.
 */
export async function logIndexChange(
  db: Queryable,
  partnerId: string,
  kind: IndexKind,
  subjectIds: readonly (string | null)[],
): Promise<void> {
  if (!subjectIds.length) return;
  await db.query(
    `WITH turn AS (SELECT pg_advisory_xact_lock(${LOG_LOCK})),
          logged AS (INSERT INTO index_changes (partner_id, kind, subject_id)
                     SELECT $1, $2, id FROM turn, unnest($3::text[]) AS id RETURNING seq)
     SELECT pg_notify('${INDEX_CHANNEL}', max(seq)::text) FROM logged`,
    [partnerId, kind, subjectIds],
  );
  // This process's rankings read the log again at once, before their own NOTIFY comes round.
  if (db.afterCommit) db.afterCommit(noteLocalChange);
  else noteLocalChange();
}

/** Changes this process logged and committed (see MatchIndexes.upToDate). */
let localChanges = 0;
const noteLocalChange = () => void localChanges++;

/**
 * Erasure: the person's rows leave the log, and a change without a name takes them out of every
 * instance's index (each checks who is still in the pool): the log keeps no trace of them.
 */
export async function forgetInIndexLog(tx: Queryable, partnerId: string, personId: string): Promise<void> {
  await tx.query('DELETE FROM index_changes WHERE subject_id = $1', [personId]);
  await logIndexChange(tx, partnerId, 'candidate', [null]);
}

/** How long the log keeps a change: an instance away for longer builds its indexes again. */
const LOG_DAYS = 1;

/** Drop changes older than LOG_DAYS, and say up to where (any instance may do it, at any time). */
export async function pruneIndexLog(db: Queryable): Promise<void> {
  await db.query(
    `WITH gone AS (DELETE FROM index_changes WHERE at < now() - make_interval(days => ${LOG_DAYS}) RETURNING seq)
     UPDATE index_log SET pruned_through = GREATEST(pruned_through, (SELECT coalesce(max(seq), 0) FROM gone))`,
  );
}

/**
 * Equal fits are ranked by this key of the person's (or job's) id (FNV-1a, 32 bits): the same
 * order on every request and every instance, and no advantage for whoever came first or has a low id.
 */
export function tieKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The ids a person holds, with what their papers also count for (the employer's filter). */
const heldIds = (ids: string[]): string[] => [...withCovered(new Map(ids.map((id) => [id, id]))).keys()].sort();

type CandidateRow = { person_id: string; pseudonym: string; payload: Skillprint; holds: string[] | null };
type JobRow = { id: string; input: JobProfileInput; employer_name: string | null };

/** The pool members (each with their newest skillprint) that `where` selects. */
const candidateRows = (db: Queryable, where: string, params: unknown[]) =>
  db.query<CandidateRow>(
    `SELECT t.person_id, p.pseudonym, s.payload,
            (SELECT array_agg(h.requirement_id ORDER BY h.requirement_id) FROM held_requirements h WHERE h.person_id = t.person_id) AS holds
       FROM talent_pool t JOIN people p ON p.id = t.person_id
       JOIN LATERAL (SELECT payload FROM skillprints WHERE person_id = t.person_id ORDER BY issued_at DESC LIMIT 1) s ON true
      WHERE ${where}`,
    params,
  );

/** The published jobs that `where` selects. */
const jobRows = (db: Queryable, where: string, params: unknown[]) =>
  db.query<JobRow>(
    `SELECT j.id, j.input, p.display_name AS employer_name FROM job_profiles j JOIN people p ON p.id = j.employer_id
      WHERE j.status = 'published' AND ${where}`,
    params,
  );

/** One kind of index, kept live: how to build it all, and how to bring a few rows up to date. */
interface Kind<T> {
  make(): T;
  build(db: Queryable, partnerId: string, index: T): Promise<void>;
  /**
   * Re-read these subjects and put or remove each (the partner's only: ids are matched within
   * it); with `sweep`, also remove whoever is no longer there (after an erasure).
   */
  refresh(db: Queryable, partnerId: string, index: T, ids: string[], sweep: boolean): Promise<void>;
}

const putCandidate = (index: CandidateIndex<PoolMember>, r: CandidateRow) =>
  index.put(
    r.person_id,
    r.payload,
    { personId: r.person_id, pseudonym: r.pseudonym, holds: r.holds ? heldIds(r.holds) : NONE },
    tieKey(r.person_id),
  );

const putJob = (index: JobIndex<PublishedJob>, r: JobRow) =>
  index.put(r.id, r.input, { id: r.id, input: r.input, employerName: r.employer_name ?? 'Werkgever' }, tieKey(r.id));

const KINDS: { candidate: Kind<CandidateIndex<PoolMember>>; job: Kind<JobIndex<PublishedJob>> } = {
  candidate: {
    make: () => new CandidateIndex<PoolMember>(order, 1024),
    async build(db, partnerId, index) {
      for (const r of await candidateRows(db, 'p.partner_id = $1', [partnerId])) putCandidate(index, r);
    },
    async refresh(db, partnerId, index, ids, sweep) {
      if (sweep) {
        const members = await db.query<{ person_id: string }>(
          'SELECT t.person_id FROM talent_pool t JOIN people p ON p.id = t.person_id WHERE p.partner_id = $1',
          [partnerId],
        );
        const still = new Set(members.map((m) => m.person_id));
        for (const key of index.keys()) if (!still.has(key)) index.remove(key);
      }
      if (!ids.length) return;
      const rows = await candidateRows(db, 'p.partner_id = $1 AND t.person_id = ANY($2)', [partnerId, ids]);
      const found = new Set(rows.map((r) => r.person_id));
      for (const id of ids) if (!found.has(id)) index.remove(id);
      for (const r of rows) putCandidate(index, r);
    },
  },
  job: {
    make: () => new JobIndex<PublishedJob>(order),
    async build(db, partnerId, index) {
      for (const r of await jobRows(db, 'p.partner_id = $1', [partnerId])) putJob(index, r);
    },
    async refresh(db, partnerId, index, ids) {
      if (!ids.length) return;
      const rows = await jobRows(db, 'p.partner_id = $1 AND j.id = ANY($2)', [partnerId, ids]);
      const found = new Set(rows.map((r) => r.id));
      for (const id of ids) if (!found.has(id)) index.remove(id);
      for (const r of rows) putJob(index, r);
    },
  },
};

/** An index of one partner, and the last change of the log it includes. */
interface Live<T> {
  kind: IndexKind;
  partnerId: string;
  index: T;
  position: number;
  /** The change being applied to it now: changes to one index are applied one read after another. */
  applying: Promise<void>;
}

type AnyLive = Live<CandidateIndex<PoolMember>> | Live<JobIndex<PublishedJob>>;

/** A row of the log read: how far the log was pruned, and one change (none: seq null). */
interface LogRow {
  pruned_through: string;
  seq: string | null;
  partner_id: string;
  kind: IndexKind;
  subject_id: string | null;
}

/** Where the log is now (past what was pruned, even when nothing is left). */
const highestChange = async (db: Queryable) =>
  Number(
    (
      await db.query<{ seq: string }>(
        'SELECT GREATEST((SELECT max(seq) FROM index_changes), (SELECT pruned_through FROM index_log)) AS seq',
      )
    )[0]?.seq ?? 0,
  );

export class MatchIndexes {
  /** Per "kind|partner": the index once built (a promise while it is being built). */
  private readonly live = new Map<string, Promise<AnyLive>>();
  private readonly ready = new Set<AnyLive>();
  private occupationIndex?: JobIndex<Occupation>;
  /** The log read under way, and the one queued after it (see catchUp): each says when each index has its changes. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending?: Promise<Map<AnyLive, Promise<void>>>;
  /**
   * The newest log read, and what had happened when it began: how many notifications had come
   * and local changes had committed, and when. While nothing has happened since, a ranking waits
   * for that read instead of starting one (see current).
   */
  private newest?: { read: Promise<Map<AnyLive, Promise<void>>>; notices: number; local: number; at: number };
  /** Notifications heard; null while nobody listens (then every ranking reads the log). */
  private notices: number | null = null;
  private pollMs = 1000;
  private stopBackground?: () => Promise<void>;
  /** How many changes were applied one by one, and how long that took (ms; re-reading them included): the bench reads these. */
  readonly applied = { changes: 0, ms: 0 };

  constructor(private readonly db: Queryable) {}

  /**
   * The occupation templates of the skill language (the same for every partner, built once), in
   * the order of their ids: equal fits keep that order.
   */
  occupations(): JobIndex<Occupation> {
    if (!this.occupationIndex) {
      const index = new JobIndex<Occupation>(order);
      for (const o of [...occupations].sort((a, b) => (a.id < b.id ? -1 : 1))) index.add(o, o);
      this.occupationIndex = index;
    }
    return this.occupationIndex;
  }

  /** The partner's talent pool, each member with their newest skillprint, up to date with the log. */
  async candidates(partnerId: string): Promise<CandidateIndex<PoolMember>> {
    return (await this.current('candidate', partnerId)) as CandidateIndex<PoolMember>;
  }

  /** The partner's published jobs, up to date with the log. */
  async publishedJobs(partnerId: string): Promise<JobIndex<PublishedJob>> {
    return (await this.current('job', partnerId)) as JobIndex<PublishedJob>;
  }

  private async current(kind: IndexKind, partnerId: string) {
    const key = `${kind}|${partnerId}`;
    const built = this.live.get(key);
    // Wait for this index's changes only: a job list does not wait while the talent pool catches up.
    if (built) await (await this.upToDate()).get(await built);
    // After the catch-up: it may have started building it again.
    const entry = this.live.get(key) ?? this.startBuild(kind, partnerId);
    return (await entry).index;
  }

  /** Build a partner's index (again) and keep its promise; a failed build is forgotten, so the next ranking tries again. */
  private startBuild(kind: IndexKind, partnerId: string): Promise<AnyLive> {
    const key = `${kind}|${partnerId}`;
    const entry = this.build(kind, partnerId);
    this.live.set(key, entry);
    entry.catch(() => this.live.delete(key));
    return entry;
  }

  /** Build a partner's index from scratch: from the log's position read first, so no change is missed. */
  private async build(kind: IndexKind, partnerId: string): Promise<AnyLive> {
    const position = await highestChange(this.db);
    const spec = KINDS[kind] as Kind<unknown>;
    const index = spec.make();
    await spec.build(this.db, partnerId, index);
    const live = { kind, partnerId, index, position, applying: Promise.resolve() } as AnyLive;
    this.ready.add(live);
    return live;
  }

  /** Bring every built index up to date with the log. */
  async catchUp(): Promise<void> {
    await Promise.all((await this.read()).values());
  }

  /**
   * The log read that brings a ranking up to date. Where notifications are heard, a read is
   * needed only when one came, or this process committed a change, since the newest read began,
   * or that read is older than the poll interval (a lost notification): otherwise the newest read
   * has seen every change there is, and waiting for it is enough. That spares most rankings a
   * round trip to the database under load.
   */
  private upToDate(): Promise<Map<AnyLive, Promise<void>>> {
    const newest = this.newest;
    const quiet =
      newest &&
      this.notices === newest.notices &&
      localChanges === newest.local &&
      performance.now() - newest.at < this.pollMs;
    return quiet ? newest.read : this.read();
  }

  /**
   * Read the log once for every built index, and start applying what it says to each: per index,
   * after what is being applied to it now. Callers that come while a read is under way share the
   * next one, which starts after it: it sees every change committed before they called. Each
   * index's promise says when its changes are in.
   */
  private read(): Promise<Map<AnyLive, Promise<void>>> {
    if (!this.pending) {
      const run = this.queue.then(() => {
        this.pending = undefined;
        if (this.notices !== null)
          this.newest = { read: run, notices: this.notices, local: localChanges, at: performance.now() };
        return this.readLog();
      });
      this.pending = run;
      this.queue = run.catch(() => {
        // A failed read is not waited for again: the next ranking reads anew.
        if (this.newest?.read === run) this.newest = undefined;
      });
    }
    return this.pending;
  }

  private async readLog(): Promise<Map<AnyLive, Promise<void>>> {
    const applying = new Map<AnyLive, Promise<void>>();
    if (!this.ready.size) return applying;
    const from = Math.min(...[...this.ready].map((l) => l.position));
    const partners = [...new Set([...this.ready].map((l) => l.partnerId))];
    // One small read, before every ranking: the changes since (for the partners this instance
    // ranks), and how far the log was pruned (a row even when nothing changed). The people and
    // jobs it names are read only when there are some.
    const rows = await this.db.query<LogRow>(
      `SELECT l.pruned_through, c.seq, c.partner_id, c.kind, c.subject_id
         FROM index_log l LEFT JOIN index_changes c ON c.seq > $1 AND c.partner_id = ANY($2) ORDER BY c.seq`,
      [from, partners],
    );
    for (const live of [...this.ready]) {
      const run = live.applying.then(() => this.apply(live, rows));
      live.applying = run.catch((error: unknown) => console.error('index catch-up failed', error));
      applying.set(live, run);
    }
    return applying;
  }

  /** Put, replace or remove the rows the log names for one index, and move its position on. */
  private async apply(live: AnyLive, rows: LogRow[]): Promise<void> {
    if (!this.ready.has(live)) return; // built again meanwhile
    const pruned = Number(rows[0]?.pruned_through ?? 0);
    const last = Number(rows.at(-1)?.seq ?? 0);
    const ids = new Set<string>();
    let sweep = false;
    for (const r of rows) {
      if (r.seq === null || Number(r.seq) <= live.position) continue;
      if (r.kind !== live.kind || r.partner_id !== live.partnerId) continue;
      if (r.subject_id === null) sweep = true;
      else ids.add(r.subject_id);
    }
    if (live.position < pruned || ids.size > REBUILD_AFTER) {
      // Away longer than the log keeps changes, or many at once (a re-scoring): build it again.
      this.ready.delete(live);
      void this.startBuild(live.kind, live.partnerId);
      return;
    }
    if (ids.size || sweep) {
      const started = performance.now();
      await (KINDS[live.kind] as Kind<unknown>).refresh(this.db, live.partnerId, live.index, [...ids], sweep);
      this.applied.changes += ids.size + (sweep ? 1 : 0);
      this.applied.ms += performance.now() - started;
    }
    live.position = Math.max(live.position, last);
  }

  /**
   * Keep the indexes up to date in the background: on each NOTIFY where storage has it, and every
   * `pollMs` in any case (a missed notification, or storage without one).
   */
  async startBackground(db: Database, pollMs = 1000): Promise<void> {
    const wake = () => void this.catchUp().catch((error: unknown) => console.error('index catch-up failed', error));
    const unlisten = await db
      .listen(INDEX_CHANNEL, () => {
        if (this.notices !== null) this.notices++;
        wake();
      })
      .catch((error: unknown) => {
        console.error('index notifications unavailable; polling only', error);
        return undefined;
      });
    this.pollMs = pollMs;
    // Rankings may now skip reading the log while nothing was heard (see upToDate).
    if (unlisten) this.notices = 0;
    const timer = setInterval(wake, pollMs);
    timer.unref();
    const prune = () =>
      void pruneIndexLog(db).catch((error: unknown) => console.error('index log prune failed', error));
    prune();
    const pruner = setInterval(prune, 3600_000);
    pruner.unref();
    this.stopBackground = async () => {
      clearInterval(timer);
      clearInterval(pruner);
      await unlisten?.();
      this.notices = null;
      this.newest = undefined;
    };
  }

  async stop(): Promise<void> {
    await this.stopBackground?.();
    await this.queue;
    await Promise.all([...this.ready].map((l) => l.applying));
  }
}
