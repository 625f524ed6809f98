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
];
