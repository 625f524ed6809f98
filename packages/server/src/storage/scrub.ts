/**
 * Erasure that reaches the files. DELETE only marks rows dead: their bytes stay in the table's
 * pages, and in the write-ahead log, until PostgreSQL reuses the space. On embedded storage the
 * data folder is the user's own disk, so after an erasure we rewrite the touched tables
 * (VACUUM FULL writes new files and drops the old ones) and end the WAL segment that recorded
 * the rows, which the checkpoint then deletes rather than recycles (wal_recycle off).
 *
 * On a PostgreSQL server this is the operator's job (autovacuum, WAL archiving and backups
 * follow their retention), and VACUUM FULL would lock busy tables, so nothing is done there.
 */
import type { Database } from './database.js';

/**
 * Every table that can hold a person's data; erasure rewrites them all. A new table with a person
 * column, or a key to one of these, must be added here: erasure-scrub.test.ts fails until it is.
 */
export const PERSONAL_TABLES = [
  'people',
  'assessment_sessions',
  'item_responses',
  'assessment_steps_sent',
  'skillprints',
  'share_links',
  'talent_pool',
  'job_profiles',
  'job_profile_versions',
  'connections',
  'audit_log',
  'held_requirements',
  'applications',
  'match_rejections',
  'research_profiles',
  'skillprint_rescores',
  'credentials',
  'skill_claims',
  'index_changes',
  'community_path_members',
  // An employer's shared path ends with its last member: its title and steps are theirs.
  'community_paths',
  'learning_paths',
  'learning_steps',
  'coach_invites',
  'coach_access',
  'coach_notes',
  'coach_reads',
  'culture_scans',
  'culture_responses',
  // Events name people (a pseudonym, the partner's id, a coach's action text): erasure removes theirs.
  'webhook_deliveries',
] as const;

export async function scrubDeletedRows(db: Database): Promise<void> {
  if (db.kind !== 'pglite') return;
  await db.exec(`VACUUM FULL ${PERSONAL_TABLES.join(', ')}`);
  await db.exec('SET wal_recycle = off');
  await db.query('SELECT pg_switch_wal()');
  await db.exec('CHECKPOINT');
}
