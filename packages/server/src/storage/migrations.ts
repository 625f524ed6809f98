/**
 * Versioned migrations, as SQL in TypeScript so the same app runs in Node and in the browser
 * (the offline mock). Append only: never edit a migration that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'partners_and_keys',
    sql: `
CREATE TABLE partners (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Publishable keys are browser-safe and bound to origins; secret keys stay on the partner's server.
-- Only a SHA-256 hash of a key is kept.
CREATE TABLE partner_keys (
  id               text PRIMARY KEY,
  partner_id       text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('publishable', 'secret')),
  prefix           text NOT NULL,
  key_hash         text NOT NULL UNIQUE,
  allowed_origins  text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz
);
`,
  },
  {
    version: 2,
    name: 'people_and_flows',
    sql: `
-- Keys that sign tokens and skillprints. Shared by every API instance through the database.
CREATE TABLE signing_keys (
  kid          text PRIMARY KEY,
  private_jwk  jsonb NOT NULL,
  public_jwk   jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- A person is known by a pseudonym. No name is stored; contact details only travel with an accepted connection.
CREATE TABLE people (
  id            text PRIMARY KEY,
  partner_id    text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('candidate', 'employer', 'partner-admin')),
  -- The partner's own id for its user; null for anonymous job seekers.
  subject       text,
  pseudonym     text NOT NULL UNIQUE,
  display_name  text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partner_id, role, subject)
);

CREATE TABLE assessment_sessions (
  id                  text PRIMARY KEY,
  person_id           text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  status              text NOT NULL CHECK (status IN ('active', 'completed')),
  assessment_version  text NOT NULL,
  lang                text NOT NULL,
  extra_time          boolean NOT NULL DEFAULT false,
  started_at          timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz NOT NULL,
  skillprint_id       text
);
CREATE INDEX assessment_sessions_person ON assessment_sessions (person_id);

-- One row per item: the primary key makes a retried write a no-op.
CREATE TABLE item_responses (
  session_id   text NOT NULL REFERENCES assessment_sessions(id) ON DELETE CASCADE,
  item_id      text NOT NULL,
  choice       integer,
  trials       jsonb,
  duration_ms  double precision NOT NULL,
  answered_at  timestamptz NOT NULL,
  stored_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, item_id)
);

CREATE TABLE skillprints (
  id          text PRIMARY KEY,
  person_id   text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  session_id  text NOT NULL UNIQUE REFERENCES assessment_sessions(id) ON DELETE CASCADE,
  payload     jsonb NOT NULL,
  signature   text NOT NULL,
  issued_at   timestamptz NOT NULL
);
CREATE INDEX skillprints_person ON skillprints (person_id, issued_at DESC);

CREATE TABLE share_links (
  id             text PRIMARY KEY,
  skillprint_id  text NOT NULL REFERENCES skillprints(id) ON DELETE CASCADE,
  token_hash     text NOT NULL UNIQUE,
  token_hint     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz
);

CREATE TABLE talent_pool (
  person_id             text PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  availability          text NOT NULL,
  region                text NOT NULL,
  hours_min             integer NOT NULL,
  hours_max             integer NOT NULL,
  consent_text_version  text NOT NULL,
  consent_given_at      timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE job_profiles (
  id           text PRIMARY KEY,
  employer_id  text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  status       text NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
  input        jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_profiles_employer ON job_profiles (employer_id);
CREATE INDEX job_profiles_status ON job_profiles (status);

CREATE TABLE connections (
  id              text PRIMARY KEY,
  job_profile_id  text NOT NULL REFERENCES job_profiles(id) ON DELETE CASCADE,
  employer_id     text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  candidate_id    text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  status          text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'withdrawn', 'expired')),
  message         text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  responded_at    timestamptz,
  -- Name and contact details: only present once the candidate accepted.
  identity        jsonb
);
CREATE INDEX connections_candidate ON connections (candidate_id);
CREATE INDEX connections_employer ON connections (employer_id);
CREATE UNIQUE INDEX connections_one_open ON connections (job_profile_id, candidate_id) WHERE status = 'requested';

-- EU AI Act: which candidates an employer was shown, at which rank and score, and why.
CREATE TABLE audit_log (
  id              text PRIMARY KEY,
  at              timestamptz NOT NULL DEFAULT now(),
  partner_id      text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  employer_id     text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  job_profile_id  text NOT NULL REFERENCES job_profiles(id) ON DELETE CASCADE,
  candidate_id    text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  rank            integer NOT NULL,
  score           integer NOT NULL,
  reason          text NOT NULL
);
CREATE INDEX audit_log_partner ON audit_log (partner_id, at DESC);
`,
  },
  {
    version: 3,
    name: 'match_index_versions',
    sql: `
-- Every API instance keeps a ranking index per partner in memory; these counters tell it when
-- the talent pool or the published jobs changed, so it rebuilds (one cheap read per request).
ALTER TABLE partners ADD COLUMN pool_version bigint NOT NULL DEFAULT 0;
ALTER TABLE partners ADD COLUMN jobs_version bigint NOT NULL DEFAULT 0;
`,
  },
  {
    version: 4,
    name: 'versions_consent_and_audit_retention',
    sql: `
-- A published job profile changes only by publishing a new version; edits wait in draft_input.
-- version is the live version (0: never published); each published version is kept, because a
-- connection request points at the version it was sent for.
ALTER TABLE job_profiles ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE job_profiles ADD COLUMN draft_input jsonb;
CREATE TABLE job_profile_versions (
  job_profile_id  text NOT NULL REFERENCES job_profiles(id) ON DELETE CASCADE,
  version         integer NOT NULL,
  input           jsonb NOT NULL,
  published_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_profile_id, version)
);
INSERT INTO job_profile_versions (job_profile_id, version, input, published_at)
  SELECT id, 1, input, updated_at FROM job_profiles WHERE status <> 'draft';
UPDATE job_profiles SET version = 1 WHERE status <> 'draft';

-- A connection names the job version it was sent for, and, once accepted, the skillprint shared then.
ALTER TABLE connections ADD COLUMN job_version integer NOT NULL DEFAULT 1;
ALTER TABLE connections ADD COLUMN skillprint_id text REFERENCES skillprints(id) ON DELETE SET NULL;
UPDATE connections c SET skillprint_id = (
  SELECT s.id FROM skillprints s WHERE s.person_id = c.candidate_id AND s.issued_at <= c.responded_at ORDER BY s.issued_at DESC LIMIT 1
) WHERE c.status = 'accepted';

-- The audit log outlives erasure (EU AI Act: what employers were shown), without a link back to
-- the person: erasing a candidate, an employer or a job leaves the row with that column empty.
-- The job title is kept as shown, so the log still reads after the job is gone.
ALTER TABLE audit_log ADD COLUMN job_title text;
UPDATE audit_log a SET job_title = j.input->>'title' FROM job_profiles j WHERE j.id = a.job_profile_id;
ALTER TABLE audit_log ALTER COLUMN employer_id DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN job_profile_id DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN candidate_id DROP NOT NULL;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_employer_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_job_profile_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_candidate_id_fkey;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES people(id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_job_profile_id_fkey FOREIGN KEY (job_profile_id) REFERENCES job_profiles(id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES people(id) ON DELETE SET NULL;
CREATE INDEX audit_log_at ON audit_log (at);
`,
  },
  {
    version: 5,
    name: 'server_driven_assessment',
    sql: `
-- The server chooses the steps (#17): a seed per session orders each scene's options, and every
-- step sent is recorded, so an answer is taken only to a step this session was shown.
ALTER TABLE assessment_sessions ADD COLUMN seed bigint NOT NULL DEFAULT 0;
CREATE TABLE assessment_steps_sent (
  session_id  text NOT NULL REFERENCES assessment_sessions(id) ON DELETE CASCADE,
  item_id     text NOT NULL,
  -- The order sent: steps sent and not answered yet are sent again first, in this order.
  n           integer NOT NULL,
  PRIMARY KEY (session_id, item_id)
);
`,
  },
  {
    version: 6,
    name: 'ranked_blocks',
    sql: `
-- Forced-choice blocks of three statements are ranked: choice is the one most like the person,
-- least the one least like them (as shown).
ALTER TABLE item_responses ADD COLUMN least integer;
`,
  },
  {
    version: 7,
    name: 'audit_explanation',
    sql: `
-- What the audit log keeps of each candidate shown: besides the reason in words, the explanation
-- as data (each requirement's fit and points), so it can be shown in the reader's language.
ALTER TABLE audit_log ADD COLUMN explanation jsonb;
`,
  },
  {
    version: 8,
    name: 'webhooks',
    sql: `
-- A partner's webhook: where events go, and the secret that signs them.
ALTER TABLE partners ADD COLUMN webhook_url text;
ALTER TABLE partners ADD COLUMN webhook_secret text;

-- The outbox: written in the same transaction as the change, sent and retried by the sender.
CREATE TABLE webhook_deliveries (
  id              text PRIMARY KEY,
  partner_id      text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  type            text NOT NULL,
  payload         jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at    timestamptz,
  failed_at       timestamptz,
  last_error      text
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_deliveries_partner ON webhook_deliveries (partner_id, created_at DESC);
`,
  },
  {
    version: 9,
    name: 'applications',
    sql: `
-- "Ik heb interesse": a job seeker applies on their score; the employer invites (a connection
-- request, identity only after acceptance) or declines.
CREATE TABLE applications (
  id             text PRIMARY KEY,
  job_profile_id text NOT NULL REFERENCES job_profiles(id) ON DELETE CASCADE,
  job_version    integer NOT NULL,
  candidate_id   text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  status         text NOT NULL CHECK (status IN ('open', 'invited', 'declined', 'withdrawn')),
  message        text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  responded_at   timestamptz,
  connection_id  text REFERENCES connections(id) ON DELETE SET NULL
);
-- One open (or invited) application per person per vacancy.
CREATE UNIQUE INDEX applications_one_open ON applications (job_profile_id, candidate_id) WHERE status IN ('open', 'invited');
CREATE INDEX applications_candidate ON applications (candidate_id, created_at DESC);
`,
  },
  {
    version: 10,
    name: 'held_requirements',
    sql: `
-- Certificates, licences and physical conditions a person holds: said by themselves, or
-- confirmed by an issuer (a school, a trainer). Erasure removes them with the person.
CREATE TABLE held_requirements (
  person_id      text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  requirement_id text NOT NULL,
  source         text NOT NULL CHECK (source IN ('self', 'confirmed')),
  since          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, requirement_id)
);
`,
  },
  {
    version: 11,
    name: 'human_oversight',
    sql: `
-- A partner admin can switch matching off for the tenant (EU AI Act art. 14); when and by whom is kept.
ALTER TABLE partners ADD COLUMN matching_enabled boolean NOT NULL DEFAULT true;
ALTER TABLE partners ADD COLUMN matching_changed_at timestamptz;
ALTER TABLE partners ADD COLUMN matching_changed_by text;
-- An employer sets a ranked candidate aside for a job, with the reason: kept for oversight.
CREATE TABLE match_rejections (
  id             text PRIMARY KEY,
  partner_id     text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  employer_id    text REFERENCES people(id) ON DELETE SET NULL,
  job_profile_id text NOT NULL REFERENCES job_profiles(id) ON DELETE CASCADE,
  candidate_id   text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  reason         text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (job_profile_id, candidate_id)
);
CREATE INDEX match_rejections_partner ON match_rejections (partner_id, created_at DESC);
`,
  },
  {
    version: 12,
    name: 'research_profiles',
    sql: `
-- The separate research consent (#20 part 4): group characteristics for fairness checks only.
-- Apart from the skillprint, never joined into matching or anything an employer sees; each may be null.
CREATE TABLE research_profiles (
  person_id            text PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  consent_text_version text NOT NULL,
  age_band             text,
  gender               text,
  migration_background text,
  education_level      text,
  test_disability      text,
  given_at             timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 13,
    name: 'skillprint_rescores',
    sql: `
-- Re-scoring under a new bank version (#20 part 1) is an explicit, logged step: one row per
-- skillprint re-scored, with what it said before. Personal data: erased with the person.
CREATE TABLE skillprint_rescores (
  id                bigserial PRIMARY KEY,
  skillprint_id     text NOT NULL REFERENCES skillprints(id) ON DELETE CASCADE,
  person_id         text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  from_version      text NOT NULL,
  to_version        text NOT NULL,
  previous_payload  jsonb NOT NULL,
  rescored_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skillprint_rescores_skillprint ON skillprint_rescores (skillprint_id, rescored_at DESC);
`,
  },
  {
    version: 14,
    name: 'credentials',
    sql: `
-- Open Badges 3.0 credentials of skillprints (#21). The JWT is kept so the owner downloads the
-- same one again; revoking sets its bit in the partner's status list.
CREATE TABLE credentials (
  id             text PRIMARY KEY,
  skillprint_id  text NOT NULL REFERENCES skillprints(id) ON DELETE CASCADE,
  person_id      text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  alg            text NOT NULL,
  jwt            text NOT NULL,
  issued_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credentials_person ON credentials (person_id, issued_at DESC);
CREATE INDEX credentials_skillprint ON credentials (skillprint_id, alg, issued_at DESC);

-- One row per bit of a revocation list (W3C Bitstring Status List): list <partner>.<list_no>.
-- It outlives erasure: a credential once handed out can be anywhere, so its "revoked" bit must
-- stay set; it holds no link to the person, only the credential's random id.
CREATE TABLE credential_status (
  partner_id     text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  list_no        integer NOT NULL,
  idx            integer NOT NULL,
  credential_id  text NOT NULL UNIQUE,
  revoked_at     timestamptz,
  PRIMARY KEY (partner_id, list_no, idx)
);
`,
  },
  {
    version: 15,
    name: 'skill_claims',
    sql: `
-- Institutions (a school, a training provider, an employer that trained someone) confirm skills
-- (#21 part 3): a new role.
ALTER TABLE people DROP CONSTRAINT people_role_check;
ALTER TABLE people ADD CONSTRAINT people_role_check
  CHECK (role IN ('candidate', 'employer', 'partner-admin', 'institution'));

-- A confirmation of skills and certificates: offered by an institution with a one-time code
-- (holder_id null until a person takes it in), or taken in from another issuer's Open Badge.
-- Shown beside the measured levels, never merged into them. Personal once accepted: erased with
-- the holder; the institution's own copy goes with the institution's account.
CREATE TABLE skill_claims (
  id                text PRIMARY KEY,
  origin            text NOT NULL CHECK (origin IN ('institution', 'open-badge')),
  issuer_person_id  text REFERENCES people(id) ON DELETE SET NULL,
  issuer_id         text NOT NULL,
  issuer_name       text NOT NULL,
  holder_id         text REFERENCES people(id) ON DELETE CASCADE,
  code_hash         text UNIQUE,
  code_expires_at   timestamptz,
  skills            jsonb NOT NULL,
  hard_requirements jsonb NOT NULL,
  evidence          jsonb NOT NULL,
  credential        text NOT NULL,
  issued_at         timestamptz NOT NULL DEFAULT now(),
  accepted_at       timestamptz
);
CREATE INDEX skill_claims_holder ON skill_claims (holder_id, accepted_at DESC);
`,
  },
  {
    version: 16,
    name: 'credential_jwt_uncompressed',
    sql: `
-- A credential's JWT is base64 (it compresses little) and written once per issue: kept out of
-- line without compression, issuing saves the compression of ~30 kB on every new credential.
ALTER TABLE credentials ALTER COLUMN jwt SET STORAGE EXTERNAL;
`,
  },
  {
    version: 17,
    name: 'index_changes',
    sql: `
-- Live ranking indexes (#22): every change to what ranking sees (a person joins, leaves or is
-- re-measured; a job is published, changed or closed) is a row here, numbered in commit order.
-- Each API instance reads on from the last number it applied and updates only those rows.
-- subject_id is a person's or a job's id; the partner says whose index it is in. Erasure
-- deletes a person's rows here and logs a change without a subject (null: "someone left; check
-- who is still in the pool"), so no trace of them stays. Rows older than a day are pruned;
-- pruned_through tells an instance that was away longer to build its indexes again.
CREATE TABLE index_changes (
  seq         bigserial PRIMARY KEY,
  partner_id  text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('candidate', 'job')),
  subject_id  text,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX index_changes_at ON index_changes (at);
CREATE INDEX index_changes_subject ON index_changes (subject_id);
CREATE TABLE index_log (
  id              boolean PRIMARY KEY DEFAULT true CHECK (id),
  pruned_through  bigint NOT NULL DEFAULT 0
);
INSERT INTO index_log DEFAULT VALUES;
-- The counters they replace: a change no longer means building a partner's whole index again.
ALTER TABLE partners DROP COLUMN pool_version;
ALTER TABLE partners DROP COLUMN jobs_version;
`,
  },
  {
    version: 18,
    name: 'credential_payload_as_json',
    sql: `
-- A credential is kept as the three parts of its JWT, the payload as the JSON that was signed
-- (byte for byte), not as base64: the database compresses JSON about fivefold (base64 barely,
-- which is why migration 16 stopped trying). Issuing writes about 6 kB instead of 30 kB, and the
-- JWT is put together again when read (credentials/stored-jwt.ts). Existing rows are split here.
ALTER TABLE credentials ADD COLUMN jws_header text;
ALTER TABLE credentials ADD COLUMN jws_payload text;
ALTER TABLE credentials ADD COLUMN jws_signature text;
UPDATE credentials SET
  jws_header = split_part(jwt, '.', 1),
  jws_payload = convert_from(decode(rpad(translate(split_part(jwt, '.', 2), '-_', '+/'),
    ((length(split_part(jwt, '.', 2)) + 3) / 4) * 4, '='), 'base64'), 'UTF8'),
  jws_signature = split_part(jwt, '.', 3);
ALTER TABLE credentials ALTER COLUMN jws_header SET NOT NULL;
ALTER TABLE credentials ALTER COLUMN jws_payload SET NOT NULL;
ALTER TABLE credentials ALTER COLUMN jws_signature SET NOT NULL;
ALTER TABLE credentials DROP COLUMN jwt;
`,
  },
  {
    version: 19,
    name: 'learning_paths',
    sql: `
-- Learning paths (#23): a person's goal (an occupation, or a vacancy: its title kept, since a
-- vacancy can close) and the steps to it, made from the skillprint of that moment. One path is
-- current (ended_at null); the ones before it stay as history, in the export, until erasure.
CREATE TABLE learning_paths (
  id             text PRIMARY KEY,
  person_id      text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  goal_kind      text NOT NULL CHECK (goal_kind IN ('occupation', 'job')),
  goal_id        text NOT NULL,
  goal_title     jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  ended_at       timestamptz
);
CREATE UNIQUE INDEX learning_paths_current ON learning_paths (person_id) WHERE ended_at IS NULL;
CREATE INDEX learning_paths_person ON learning_paths (person_id, created_at);
CREATE TABLE learning_steps (
  path_id        text NOT NULL REFERENCES learning_paths(id) ON DELETE CASCADE,
  position       integer NOT NULL,
  skill_id       text NOT NULL,
  required_level integer NOT NULL,
  start_level    integer NOT NULL,
  essential      boolean NOT NULL,
  opens          integer NOT NULL,
  blocks         integer NOT NULL,
  offer_ids      jsonb NOT NULL,
  status         text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'started', 'done')),
  offer_id       text,
  started_at     timestamptz,
  done_at        timestamptz,
  proof          jsonb,
  PRIMARY KEY (path_id, skill_id)
);
`,
  },
  {
    version: 20,
    name: 'coaches',
    sql: `
-- Job coaches (#23): a new role. A job seeker gives one coach access with a one-time code the
-- coach made (stored hashed); access ends at once when revoked (revoked_at). Notes and the next
-- action are about the job seeker, so they are theirs: in their export, erased with them. Every
-- read of their data by a coach is a row in coach_reads.
ALTER TABLE people DROP CONSTRAINT people_role_check;
ALTER TABLE people ADD CONSTRAINT people_role_check
  CHECK (role IN ('candidate', 'employer', 'partner-admin', 'institution', 'coach'));
CREATE TABLE coach_invites (
  code_hash   text PRIMARY KEY,
  coach_id    text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE coach_access (
  coach_id         text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  person_id        text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  called           text,
  granted_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz,
  next_action      text,
  next_action_due  date,
  PRIMARY KEY (coach_id, person_id)
);
CREATE INDEX coach_access_person ON coach_access (person_id);
CREATE TABLE coach_notes (
  id          text PRIMARY KEY,
  coach_id    text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  person_id   text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  text        text NOT NULL,
  written_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX coach_notes_person ON coach_notes (person_id, coach_id, written_at DESC);
CREATE TABLE coach_reads (
  coach_id   text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  person_id  text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  what       text NOT NULL,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX coach_reads_person ON coach_reads (person_id, coach_id, at DESC);
`,
  },
  {
    version: 21,
    name: 'partner_learning_offers',
    sql: `
-- A partner's own learning offers (#23), beside the skill language's; replaced as a whole on import.
CREATE TABLE partner_learning_offers (
  partner_id  text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  id          text NOT NULL,
  offer       jsonb NOT NULL,
  PRIMARY KEY (partner_id, id)
);
`,
  },
  {
    version: 22,
    name: 'reminders',
    sql: `
-- Reminders through the partner's webhook (#23): when a learning step started two weeks ago is
-- not done (again every two weeks), and when a coach's next action is due (once per date).
ALTER TABLE learning_steps ADD COLUMN reminded_at timestamptz;
ALTER TABLE coach_access ADD COLUMN reminded_due date;
`,
  },
  {
    version: 23,
    name: 'remeasurements',
    sql: `
-- A short test of only some skills after a learning step (#23): which skills (a JSON array).
ALTER TABLE assessment_sessions ADD COLUMN remeasure jsonb;
`,
  },
  {
    version: 24,
    name: 'micro_lessons',
    sql: `
-- Micro-lessons (#23): a partner's own, replaced as a whole; and when a person did a step's lesson
-- (which one: the answers to its questions are not kept).
CREATE TABLE partner_lessons (
  partner_id  text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  id          text NOT NULL,
  lesson      jsonb NOT NULL,
  PRIMARY KEY (partner_id, id)
);
ALTER TABLE learning_steps ADD COLUMN lesson_id text;
ALTER TABLE learning_steps ADD COLUMN lesson_done_at timestamptz;
`,
  },
  {
    version: 25,
    name: 'culture_scans',
    sql: `
-- The learning culture scan (#24). An employer's scan, and the employees' answers: anonymous,
-- so a response row holds its answers and nothing else (no person, no address, no time; a random
-- id, so not even the order of arrival is kept).
CREATE TABLE culture_scans (
  id           text PRIMARY KEY,
  employer_id  text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  title        text NOT NULL,
  sector       text,
  repeat_of    text REFERENCES culture_scans(id) ON DELETE SET NULL,
  share_token  text NOT NULL UNIQUE,
  management   jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  closed_at    timestamptz
);
CREATE INDEX culture_scans_employer ON culture_scans (employer_id, created_at DESC);
CREATE TABLE culture_responses (
  id       text PRIMARY KEY,
  scan_id  text NOT NULL REFERENCES culture_scans(id) ON DELETE CASCADE,
  answers  jsonb NOT NULL
);
CREATE INDEX culture_responses_scan ON culture_responses (scan_id);
`,
  },
  {
    version: 26,
    name: 'community_paths',
    sql: `
-- Community paths (#24): employers of one partner share an onboarding and learning path for an
-- occupation. The path belongs to the partner, not to one employer: it lives as long as one
-- employer shares it (the last to leave, or to be erased, deletes it). A follower's learning path
-- keeps its own copy of the steps (learning_steps), so it outlives the community path.
CREATE TABLE community_paths (
  id             text PRIMARY KEY,
  partner_id     text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  occupation_id  text NOT NULL,
  title          text NOT NULL,
  steps          jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_paths_partner ON community_paths (partner_id, occupation_id);
CREATE TABLE community_path_members (
  path_id      text NOT NULL REFERENCES community_paths(id) ON DELETE CASCADE,
  employer_id  text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  joined_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (path_id, employer_id)
);
CREATE INDEX community_path_members_employer ON community_path_members (employer_id);
-- A learning path can follow one; its steps carry what the workplace does in each.
ALTER TABLE learning_paths DROP CONSTRAINT learning_paths_goal_kind_check;
ALTER TABLE learning_paths ADD CONSTRAINT learning_paths_goal_kind_check
  CHECK (goal_kind IN ('occupation', 'job', 'community'));
CREATE INDEX learning_paths_goal ON learning_paths (goal_kind, goal_id) WHERE ended_at IS NULL;
ALTER TABLE learning_steps ADD COLUMN workplace_note text;
`,
  },
  {
    version: 27,
    name: 'answer_language',
    sql: `
-- Languages (#25): each answer records the language its item was shown in, so the quality report
-- can check that items work alike in every language (DIF by language) and the skillprint can say
-- which language the test was taken in. Older answers: the session's language.
ALTER TABLE item_responses ADD COLUMN lang text;
`,
  },
  {
    version: 28,
    name: 'foreign_key_indexes',
    sql: `
-- Every foreign key gets an index that leads with its column. Without one, deleting the row it
-- points to makes PostgreSQL scan the whole referencing table to cascade or set null: erasing one
-- job seeker scanned the audit log three times (it grows by 20 rows for every list an employer
-- opens), and connections, share links and set-aside matches once per skillprint. The partial
-- indexes leave out the rows whose link was already cleared. migrate.test.ts checks every key.
CREATE INDEX audit_log_candidate ON audit_log (candidate_id) WHERE candidate_id IS NOT NULL;
CREATE INDEX audit_log_employer ON audit_log (employer_id) WHERE employer_id IS NOT NULL;
CREATE INDEX audit_log_job_profile ON audit_log (job_profile_id) WHERE job_profile_id IS NOT NULL;
CREATE INDEX connections_skillprint ON connections (skillprint_id) WHERE skillprint_id IS NOT NULL;
CREATE INDEX share_links_skillprint ON share_links (skillprint_id);
CREATE INDEX applications_connection ON applications (connection_id) WHERE connection_id IS NOT NULL;
CREATE INDEX match_rejections_candidate ON match_rejections (candidate_id);
CREATE INDEX match_rejections_employer ON match_rejections (employer_id) WHERE employer_id IS NOT NULL;
CREATE INDEX skillprint_rescores_person ON skillprint_rescores (person_id);
CREATE INDEX skill_claims_issuer ON skill_claims (issuer_person_id) WHERE issuer_person_id IS NOT NULL;
CREATE INDEX coach_invites_coach ON coach_invites (coach_id);
CREATE INDEX coach_notes_coach ON coach_notes (coach_id);
CREATE INDEX coach_reads_coach ON coach_reads (coach_id);
CREATE INDEX partner_keys_partner ON partner_keys (partner_id);
CREATE INDEX culture_scans_repeat_of ON culture_scans (repeat_of) WHERE repeat_of IS NOT NULL;
`,
  },
  {
    version: 29,
    name: 'research_round',
    sql: `
-- The research round (#20): a session of a few more scenes and games of one skill, after the
-- whole test, for calibration only. Its form (the skill, the units in order) and the test it
-- followed are fixed at its start; NULL for every other session.
ALTER TABLE assessment_sessions ADD COLUMN research jsonb;
`,
  },
  {
    version: 30,
    name: 'credential_payload_lz4',
    sql: `
-- A credential's payload (~24 kB of JSON) is compressed on every issue: lz4 does it in a third
-- of pglz's time, at a little less compression (#21: issuing 2.1 -> 1.5 ms for this write on
-- PostgreSQL). Rows already there keep pglz until rewritten; both read alike. A server built
-- without lz4 (and PGlite) keeps pglz. One line: migrate.ts splits statements at a ; that ends one.
DO $$ BEGIN ALTER TABLE credentials ALTER COLUMN jws_payload SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported THEN NULL; END $$;
`,
  },
  {
    version: 31,
    name: 'audit_log_lz4',
    sql: `
-- Every employer's list writes 20 audit rows, each with its reason and explanation (~2.7 kB a row,
-- so the database compresses it): lz4 instead of pglz takes about a tenth off that write. Where
-- the server has no lz4 (and on PGlite), pglz stays. One line each: see migration 30.
DO $$ BEGIN ALTER TABLE audit_log ALTER COLUMN explanation SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported THEN NULL; END $$;
DO $$ BEGIN ALTER TABLE audit_log ALTER COLUMN reason SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported THEN NULL; END $$;
`,
  },
  {
    version: 32,
    name: 'audit_explanations',
    sql: `
-- An employer's list shows the same candidates for the same job, with the same reasons, on every
-- reload: the reason and the explanation (~2.7 kB) are kept once, by their hash, and each audit
-- row refers to them (#22: the write of 20 rows was most of the list's database time). Rows from
-- before keep their own reason and explanation. An explanation is deleted only with the last
-- row that refers to it (the retention purge in routes/admin.ts).
CREATE TABLE audit_explanations (
  hash        text PRIMARY KEY,
  reason      text NOT NULL,
  explanation jsonb NOT NULL
);
DO $$ BEGIN ALTER TABLE audit_explanations ALTER COLUMN explanation SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported THEN NULL; END $$;
ALTER TABLE audit_log ADD COLUMN explained text REFERENCES audit_explanations(hash);
ALTER TABLE audit_log ALTER COLUMN reason DROP NOT NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_explained_or_reason CHECK (explained IS NOT NULL OR reason IS NOT NULL);
CREATE INDEX audit_log_explained ON audit_log (explained) WHERE explained IS NOT NULL;
`,
  },
  {
    version: 33,
    name: 'applications_skillprint',
    sql: `
-- The skillprint an application shares (employerMaySee in queries.ts), kept when it is made, as a
-- connection keeps the one of its acceptance: until now it was found again by time on every read
-- (the newest issued at or before the application). Applications from before get that one.
ALTER TABLE applications ADD COLUMN skillprint_id text REFERENCES skillprints(id) ON DELETE SET NULL;
CREATE INDEX applications_skillprint ON applications (skillprint_id);
UPDATE applications a SET skillprint_id = (
  SELECT s.id FROM skillprints s WHERE s.person_id = a.candidate_id AND s.issued_at <= a.created_at
   ORDER BY s.issued_at DESC LIMIT 1);
`,
  },
  {
    version: 34,
    name: 'culture_response_key',
    sql: `
-- A learning culture scan's answers carry a random key made by the answering device once per
-- filled-in scan: a double tap or a retry sends the same answers twice, and they must count once
-- (a walkthrough saw 13 colleagues take part in a company of 12). Older answers have none.
ALTER TABLE culture_responses ADD COLUMN response_key text;
CREATE UNIQUE INDEX culture_responses_key ON culture_responses (scan_id, response_key) WHERE response_key IS NOT NULL;
`,
  },
  {
    version: 35,
    name: 'share_link_purpose',
    sql: `
-- What a share link was made for: a link to pass on, or the QR code of a printed skillprint. Each
-- print makes a link for a year, and the owner's list could not tell them apart (which one to stop?).
ALTER TABLE share_links ADD COLUMN purpose text NOT NULL DEFAULT 'link' CHECK (purpose IN ('link', 'print'));
`,
  },
  {
    version: 36,
    name: 'badge_papers_self',
    sql: `
-- Another issuer's badge confirmed certificates, but nothing ties its key to the name it gives
-- (anyone can sign "Stichting VCA" with a key of their own): such certificates are the person's own
-- word. Only an institution's code confirms. Those a badge alone backed become 'self' again.
UPDATE held_requirements h SET source = 'self'
 WHERE h.source = 'confirmed'
   AND NOT EXISTS (SELECT 1 FROM skill_claims c WHERE c.holder_id = h.person_id AND c.origin = 'institution'
                     AND c.hard_requirements ? h.requirement_id);
`,
  },
  {
    version: 37,
    name: 'culture_response_counted',
    sql: `
-- The report counts answers five at a time: read after 5 answers and again after 6, it gave the
-- sixth person's own scores (6 x the new mean - 5 x the old). An answer waits, uncounted, until
-- there are five new ones; then they count together. A flag, not an order: nothing says who came
-- first. Scans that already show a report count what they have.
ALTER TABLE culture_responses ADD COLUMN counted boolean NOT NULL DEFAULT false;
UPDATE culture_responses r SET counted = true
 WHERE (SELECT count(*) FROM culture_responses x WHERE x.scan_id = r.scan_id) >= 5;
`,
  },
];
